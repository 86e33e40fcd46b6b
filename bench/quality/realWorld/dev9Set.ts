// rw-dev9: a ninth real-world-shaped DEV set (issue 15), written by five writers at once without reading the
// engine, one part per area the held-out figures say is weakest: prose, command lines, code, logs and output,
// credential files. Its first measurement is reported as first-look before any tuning on it; after that it is
// tuned against.
import type { RealWorldSet } from './types';
import { PROSE_DOCS } from './dev9/prose';
import { CMD_DOCS } from './dev9/cmd';
import { CODE_DOCS } from './dev9/code';
import { LOGS_DOCS } from './dev9/logs';
import { CRED_DOCS } from './dev9/cred';

export const DEV9_SET: RealWorldSet = {
  id: 'rw-dev9',
  seed: 0xd15c_0de9,
  docs: [...PROSE_DOCS, ...CMD_DOCS, ...CODE_DOCS, ...LOGS_DOCS, ...CRED_DOCS],
};
