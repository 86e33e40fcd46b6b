// rw-dev6 code part: source in many languages, tests and fixtures, configs, scripts and logs.
// Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { TUPLE_DOCS } from './codeTuples';
import { RECORD_DOCS } from './codeRecords';
import { CI_DOCS } from './codeCi';
import { LOG_DOCS } from './codeLogs';
import { PRECISION_DOCS } from './codePrecision';
import { MIXED_DOCS } from './codeMixed';

export const CODE_DOCS: RealWorldDoc[] = [...TUPLE_DOCS, ...RECORD_DOCS, ...CI_DOCS, ...LOG_DOCS, ...MIXED_DOCS, ...PRECISION_DOCS];
