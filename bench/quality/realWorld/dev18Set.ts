// rw-dev18: an eighteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: game development and live operations (engines, game servers, modding, platform SDKs, streaming) and public
// sector and civic IT (municipal and state systems, e-government portals, open data, elections, courts). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { GAME_DOCS } from './dev18/game';
import { GOV_DOCS } from './dev18/gov';

export const DEV18_SET: RealWorldSet = {
  id: 'rw-dev18',
  seed: 0xd18c_0d18,
  docs: [...GAME_DOCS, ...GOV_DOCS],
};
