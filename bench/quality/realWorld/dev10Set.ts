// rw-dev10: a tenth real-world-shaped DEV set (issue 15), written by three writers at once without reading the
// engine: chat and tickets (prose in many languages), operations (command lines, CI files, logs and build output),
// applications (code, config syntaxes, defaults, HTTP auth). Tokens without a prefix are weighted up: they are the
// held-out set's weakest type. Its first measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { CHAT_DOCS } from './dev10/chat';
import { OPS_DOCS } from './dev10/ops';
import { APP_DOCS } from './dev10/app';

export const DEV10_SET: RealWorldSet = {
  id: 'rw-dev10',
  seed: 0xd15c_0d10,
  docs: [...CHAT_DOCS, ...OPS_DOCS, ...APP_DOCS],
};
