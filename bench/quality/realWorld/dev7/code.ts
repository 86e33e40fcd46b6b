// rw-dev7 code part: source and configuration in forms earlier sets lacked — JVM test sources and DSLs, daemon
// configs, infrastructure languages, many programming languages, SQL seeds, fixtures and app settings.
// Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { JVM_DOCS } from './codeJvm';
import { DAEMON_DOCS } from './codeDaemons';
import { INFRA_DOCS } from './codeInfra';
import { LANG_DOCS } from './codeLangs';
import { DATA_DOCS } from './codeData';
import { LOOKALIKE_DOCS } from './codeLookalikes';

export const CODE_DOCS: RealWorldDoc[] = [...JVM_DOCS, ...DAEMON_DOCS, ...INFRA_DOCS, ...LANG_DOCS, ...DATA_DOCS, ...LOOKALIKE_DOCS];
