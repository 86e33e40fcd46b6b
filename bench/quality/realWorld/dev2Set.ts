// rw-dev2: a second real-world-shaped DEV set (issue 15), written in the classes where held-out recall lags (prose,
// code, credential files, HTTP auth, logs, config syntax). Its first measurement is reported as first-look before
// any tuning on it; after that it is tuned against like rw-dev. Documents reuse rw-dev's kit (dev/kit.ts).
import type { RealWorldSet } from './types';
import { PROSE_CODE_DOCS } from './dev2/proseCode';
import { FILES_HTTP_DOCS } from './dev2/filesHttp';

export const DEV2_SET: RealWorldSet = {
  id: 'rw-dev2',
  seed: 0xd15c_0de2,
  docs: [...PROSE_CODE_DOCS, ...FILES_HTTP_DOCS],
};
