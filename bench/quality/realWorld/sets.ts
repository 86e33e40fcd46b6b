// The real-world-shaped sets scored by `npm run bench:quality` (see ../LABELLING.md, "Real-world sets").
import { DEV_SET } from './devSet';
import type { RealWorldSet } from './types';

export const REAL_WORLD_SETS: RealWorldSet[] = [DEV_SET];
