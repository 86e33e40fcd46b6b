// rw-dev9 cmd part: command lines, shell history, scripts, Dockerfiles and CI steps. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CMD_DOCS: RealWorldDoc[] = [];
