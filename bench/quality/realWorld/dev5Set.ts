// rw-dev5: a fifth real-world-shaped DEV set (issue 15), written without reading the engine, in command-line and
// code forms the earlier sets do not hold. Its first measurement is reported as first-look before any tuning on it;
// after that it is tuned against like rw-dev.
import type { RealWorldSet } from './types';
import { CMD_CODE_DOCS } from './dev5/cmdCode';

export const DEV5_SET: RealWorldSet = {
  id: 'rw-dev5',
  seed: 0xd15c_0de5,
  docs: [...CMD_CODE_DOCS],
};
