// rw-dev9 code part: source code in many languages, defaults and test code. Written without reading the engine (see ../../LABELLING.md).
// One theme per file: mainstream back-end languages, compiled/functional languages, scripting languages, library
// calls, data and infrastructure code (SQL, Terraform, DI configs), unprefixed keys, and look-alikes for precision.
import type { RealWorldDoc } from '../types';
import { MAIN_DOCS } from './codeMain';
import { SYSTEMS_DOCS } from './codeSystems';
import { SCRIPT_DOCS } from './codeScript';
import { CALL_DOCS } from './codeCalls';
import { DATA_DOCS } from './codeData';
import { NEG_DOCS } from './codeNeg';
import { TOKEN_DOCS } from './codeTokens';
import { LOOKALIKE_DOCS } from './codeLookalike';
import { FLAG_DOCS } from './codeFlags';

export const CODE_DOCS: RealWorldDoc[] = [...MAIN_DOCS, ...SYSTEMS_DOCS, ...SCRIPT_DOCS, ...CALL_DOCS, ...DATA_DOCS, ...TOKEN_DOCS, ...FLAG_DOCS, ...NEG_DOCS, ...LOOKALIKE_DOCS];
