// rw-dev18 game part: game development and live operations (engines, game servers, modding, platform SDKs, streaming). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const GAME_DOCS: RealWorldDoc[] = [];
