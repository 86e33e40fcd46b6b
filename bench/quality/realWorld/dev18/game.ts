// rw-dev18 game part: game development and live operations (engines, game servers, modding, platform SDKs, streaming). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { GAME_SERVER_DOCS } from './gameServers';
import { GAME_UNITY_DOCS } from './gameUnity';
import { GAME_UNREAL_DOCS } from './gameUnreal';
import { GAME_MOBILE_DOCS } from './gameMobile';
import { GAME_STEAM_DOCS } from './gameSteam';
import { GAME_BOT_DOCS } from './gameBots';
import { GAME_MODDING_DOCS } from './gameModding';
import { GAME_BACKEND_DOCS } from './gameBackend';
import { GAME_LOG_DOCS } from './gameLogs';
import { GAME_PROSE_DOCS } from './gameProse';
import { GAME_LOOKALIKE_DOCS } from './gameLookalikes';
import { GAME_HOSTING_DOCS } from './gameHosting';
import { GAME_HTTP_DOCS } from './gameHttp';

export const GAME_DOCS: RealWorldDoc[] = [
  ...GAME_SERVER_DOCS,
  ...GAME_UNITY_DOCS,
  ...GAME_UNREAL_DOCS,
  ...GAME_MOBILE_DOCS,
  ...GAME_STEAM_DOCS,
  ...GAME_BOT_DOCS,
  ...GAME_MODDING_DOCS,
  ...GAME_BACKEND_DOCS,
  ...GAME_LOG_DOCS,
  ...GAME_PROSE_DOCS,
  ...GAME_HOSTING_DOCS,
  ...GAME_HTTP_DOCS,
  ...GAME_LOOKALIKE_DOCS,
];
