// The real-world-shaped sets scored by `npm run bench:quality` (see ../LABELLING.md, "Real-world sets").
import { DEV_SET } from './devSet';
import { DEV2_SET } from './dev2Set';
import { DEV3_SET } from './dev3Set';
import { DEV4_SET } from './dev4Set';
import { DEV5_SET } from './dev5Set';
import { DEV6_SET } from './dev6Set';
import { DEV7_SET } from './dev7Set';
import { DEV8_SET } from './dev8Set';
import { DEV9_SET } from './dev9Set';
import { DEV10_SET } from './dev10Set';
import { DEV11_SET } from './dev11Set';
import { DEV12_SET } from './dev12Set';
import { DEV13_SET } from './dev13Set';
import { DEV14_SET } from './dev14Set';
import { DEV15_SET } from './dev15Set';
import { DEV16_SET } from './dev16Set';
import { DEV17_SET } from './dev17Set';
import { DEV18_SET } from './dev18Set';
import { DEV19_SET } from './dev19Set';
import { DEV20_SET } from './dev20Set';
import { DEV21_SET } from './dev21Set';
import { DEV22_SET } from './dev22Set';
import { DEV23_SET } from './dev23Set';
import { DEV24_SET } from './dev24Set';
import { DEV25_SET } from './dev25Set';
import { DEV26_SET } from './dev26Set';
import { HELD_OUT2_SET } from './heldOut2Set';
import type { RealWorldSet } from './types';

// A set joins once it holds documents (an empty set has nothing to score).
export const REAL_WORLD_SETS: RealWorldSet[] = [
  DEV_SET,
  DEV2_SET,
  DEV3_SET,
  DEV4_SET,
  DEV5_SET,
  DEV6_SET,
  DEV7_SET,
  DEV8_SET,
  DEV9_SET,
  DEV10_SET,
  DEV11_SET,
  DEV12_SET,
  DEV13_SET,
  DEV14_SET,
  DEV15_SET,
  DEV16_SET,
  DEV17_SET,
  DEV18_SET,
  DEV19_SET,
  DEV20_SET,
  DEV21_SET,
  DEV22_SET,
  DEV23_SET,
  DEV24_SET,
  DEV25_SET,
  DEV26_SET,
  HELD_OUT2_SET,
].filter((s) => s.docs.length > 0);
