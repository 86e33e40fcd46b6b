// rw-dev9 cmd part: command lines, shell history, scripts, Dockerfiles and CI steps. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CMD_HISTORY_DOCS } from './cmdHistory';
import { CMD_SCRIPT_DOCS } from './cmdScripts';
import { CMD_DOCKER_DOCS } from './cmdDocker';
import { CMD_CI_DOCS } from './cmdCi';
import { CMD_WINDOWS_DOCS } from './cmdWindows';
import { CMD_CLOUD_DOCS } from './cmdCloud';
import { CMD_TOOLS_DOCS } from './cmdTools';
import { CMD_NEG_DOCS } from './cmdNeg';
import { CMD_MISC_DOCS } from './cmdMisc';
import { CMD_TOKEN_DOCS } from './cmdTokens';
import { CMD_NEG2_DOCS } from './cmdNeg2';
import { CMD_TOKEN2_DOCS } from './cmdTokens2';

export const CMD_DOCS: RealWorldDoc[] = [
  ...CMD_HISTORY_DOCS,
  ...CMD_SCRIPT_DOCS,
  ...CMD_DOCKER_DOCS,
  ...CMD_CI_DOCS,
  ...CMD_WINDOWS_DOCS,
  ...CMD_CLOUD_DOCS,
  ...CMD_TOOLS_DOCS,
  ...CMD_NEG_DOCS,
  ...CMD_MISC_DOCS,
  ...CMD_TOKEN_DOCS,
  ...CMD_NEG2_DOCS,
  ...CMD_TOKEN2_DOCS,
];
