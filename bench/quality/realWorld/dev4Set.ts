// rw-dev4: a fourth real-world-shaped DEV set (issue 15), for precision: documents heavy in look-alikes that are
// not secrets (locale strings, schemas, lockfiles, digests, references, encrypted and public material, ids), with
// real secrets mixed in as people mix them. Written without reading the engine; its first measurement is reported
// as first-look before any tuning on it, then it is tuned against like rw-dev. Documents reuse rw-dev's kit.
import type { RealWorldSet } from './types';
import { PRECISION_DOCS } from './dev4/precision';

export const DEV4_SET: RealWorldSet = {
  id: 'rw-dev4',
  seed: 0xd15c_0de4,
  docs: PRECISION_DOCS,
};
