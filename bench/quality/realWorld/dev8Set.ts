// rw-dev8: an eighth real-world-shaped DEV set (issue 15), written by three writers at once without reading the
// engine, aimed at what the held-out figures say is weakest: tokens without a prefix in every file kind, passwords
// in prose, tickets and chat, and keys recognised only by the provider named near them. Its first measurement is
// reported as first-look before any tuning on it; after that it is tuned against.
import type { RealWorldSet } from './types';
import { TOK_DOCS } from './dev8/tok';
import { PROSE_DOCS } from './dev8/prose';
import { PROV_DOCS } from './dev8/prov';

export const DEV8_SET: RealWorldSet = {
  id: 'rw-dev8',
  seed: 0xd15c_0de8,
  docs: [...TOK_DOCS, ...PROSE_DOCS, ...PROV_DOCS],
};
