// rw-dev9 logs part: logs, build and CI output, error traces, debug dumps and HTTP captures. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { APP_DOCS } from './logsApp';
import { CI_DOCS } from './logsCi';
import { TRACE_DOCS } from './logsTraces';
import { DUMP_DOCS } from './logsDumps';
import { HTTP_DOCS } from './logsHttp';
import { EVENT_DOCS } from './logsEvents';
import { MISC_DOCS } from './logsMisc';
import { MORE_DOCS } from './logsMore';
import { SETUP_DOCS } from './logsSetup';

export const LOGS_DOCS: RealWorldDoc[] = [...APP_DOCS, ...CI_DOCS, ...TRACE_DOCS, ...DUMP_DOCS, ...HTTP_DOCS, ...EVENT_DOCS, ...MISC_DOCS, ...MORE_DOCS, ...SETUP_DOCS];
