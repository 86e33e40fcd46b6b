// rw-dev3: a third real-world-shaped DEV set (issue 15), written by three writers at once without reading the
// engine, in forms rw-dev and rw-dev2 do not hold. Its first measurement is reported as first-look before any
// tuning on it; after that it is tuned against like rw-dev. Documents reuse rw-dev's kit (dev/kit.ts).
import type { RealWorldSet } from './types';
import { PROSE_CHAT_DOCS } from './dev3/proseChat';
import { CODE_INFRA_DOCS } from './dev3/codeInfra';
import { LOGS_FILES_DOCS } from './dev3/logsFiles';

export const DEV3_SET: RealWorldSet = {
  id: 'rw-dev3',
  seed: 0xd15c_0de3,
  docs: [...PROSE_CHAT_DOCS, ...CODE_INFRA_DOCS, ...LOGS_FILES_DOCS],
};
