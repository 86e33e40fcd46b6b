// rw-dev7 cmd part: command lines and logs. Written without reading the engine (see ../../LABELLING.md).
// One theme per file: shell histories and transcripts, scripts and the files that hold command lines, CI files,
// Windows, runbooks with code blocks, logs (traces and CI output), tool output and application logs, look-alikes.
import type { RealWorldDoc } from '../types';
import { HISTORY_DOCS } from './cmdHistory';
import { SCRIPT_DOCS } from './cmdScripts';
import { CI_DOCS } from './cmdCi';
import { WINDOWS_DOCS } from './cmdWindows';
import { RUNBOOK_DOCS } from './cmdRunbooks';
import { LOG_DOCS } from './cmdLogs';
import { OUTPUT_DOCS } from './cmdOutput';
import { NEG_CMD_DOCS } from './cmdNeg';
import { NEG_OUTPUT_DOCS } from './cmdNegOutput';

export const CMD_DOCS: RealWorldDoc[] = [...HISTORY_DOCS, ...SCRIPT_DOCS, ...CI_DOCS, ...WINDOWS_DOCS, ...RUNBOOK_DOCS, ...LOG_DOCS, ...OUTPUT_DOCS, ...NEG_CMD_DOCS, ...NEG_OUTPUT_DOCS];
