// rw-dev6: a sixth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine, aimed at the forms the earlier sets and the held-out set still lose: prose inside exports (JSON, XML,
// CSV), passwords of letters only, labels after the value, credential tuples and bare `key` fields in code.
// Its first measurement is reported as first-look before any tuning on it; after that it is tuned against.
import type { RealWorldSet } from './types';
import { PROSE_DOCS } from './dev6/prose';
import { CODE_DOCS } from './dev6/code';

export const DEV6_SET: RealWorldSet = {
  id: 'rw-dev6',
  seed: 0xd15c_0de6,
  docs: [...PROSE_DOCS, ...CODE_DOCS],
};
