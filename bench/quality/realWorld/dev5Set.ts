// rw-dev5: a fifth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine, in forms the earlier DEV sets no longer show. Its first measurement is reported as first-look before
// any tuning on it; after that it is tuned against like rw-dev.
import type { RealWorldSet } from './types';
import { PROSE_DOCS } from './dev5/prose';
import { CMD_CODE_DOCS } from './dev5/cmdCode';

export const DEV5_SET: RealWorldSet = {
  id: 'rw-dev5',
  seed: 0xd15c_0de5,
  docs: [...PROSE_DOCS, ...CMD_CODE_DOCS],
};
