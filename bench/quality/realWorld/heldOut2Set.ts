// rw-held-out2: a HELD-OUT real-world-shaped set (issue 15), written by two writers at once who read neither the
// engine nor the DEV sets' misses. It is never tuned against: detection changes are judged on it, not fitted to it.
// Its first measurement is reported as first-look. Documents reuse rw-dev's kit (dev/kit.ts).
import type { RealWorldSet } from './types';
import { HELD_OUT2_PROSE_DOCS } from './heldOut2/prose';
import { HELD_OUT2_FILES_DOCS } from './heldOut2/files';

export const HELD_OUT2_SET: RealWorldSet = {
  id: 'rw-held-out2',
  seed: 0x4e1d_0c72,
  docs: [...HELD_OUT2_PROSE_DOCS, ...HELD_OUT2_FILES_DOCS],
};
