// rw-dev9 logs part: logs, build and CI output, error traces, debug dumps and HTTP captures. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const LOGS_DOCS: RealWorldDoc[] = [];
