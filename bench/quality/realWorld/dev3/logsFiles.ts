// rw-dev3: logs, build and CI output, shell history, HTTP captures, credential and config files. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { BUILD_DOCS } from './logsFilesBuild';
import { CONFIG_DOCS } from './logsFilesConfigs';
import { CRED_DOCS } from './logsFilesCreds';
import { LOGS_DOCS } from './logsFilesLogs';
import { PRECISION_DOCS } from './logsFilesPrecision';

export const LOGS_FILES_DOCS: RealWorldDoc[] = [...LOGS_DOCS, ...BUILD_DOCS, ...CRED_DOCS, ...CONFIG_DOCS, ...PRECISION_DOCS];
