// rw-dev5 command/code part: command lines, source code in many languages and their logs, written as whole files
// without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { SHELL_DOCS } from './cmdCodeShell';
import { SOURCE_DOCS } from './cmdCodeSource';
import { LOG_DOCS } from './cmdCodeLogs';
import { PRECISION_DOCS } from './cmdCodePrecision';

export const CMD_CODE_DOCS: RealWorldDoc[] = [...SHELL_DOCS, ...SOURCE_DOCS, ...LOG_DOCS, ...PRECISION_DOCS];
