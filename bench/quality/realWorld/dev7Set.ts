// rw-dev7: a seventh real-world-shaped DEV set (issue 15), written by four writers at once without reading the
// engine, aimed at the areas the held-out set has moved least on: command lines and logs, code and configs,
// prose handovers, and look-alikes (a precision part). Its first measurement is reported as first-look before any
// tuning on it; after that it is tuned against.
import type { RealWorldSet } from './types';
import { CMD_DOCS } from './dev7/cmd';
import { CODE_DOCS } from './dev7/code';
import { PROSE_DOCS } from './dev7/prose';
import { NEG_DOCS } from './dev7/neg';

export const DEV7_SET: RealWorldSet = {
  id: 'rw-dev7',
  seed: 0xd15c_0de7,
  docs: [...CMD_DOCS, ...CODE_DOCS, ...PROSE_DOCS, ...NEG_DOCS],
};
