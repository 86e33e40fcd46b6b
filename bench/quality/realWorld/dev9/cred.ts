// rw-dev9 cred part: credential files and configs in every syntax. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CRED_HOME_DOCS } from './credHome';
import { CRED_TOOL_DOCS } from './credTools';
import { CRED_APP_DOCS } from './credApps';
import { CRED_SERVICE_DOCS } from './credServices';
import { CRED_INFRA_DOCS } from './credInfra';
import { CRED_SYNTAX_DOCS } from './credSyntax';
import { CRED_LOOKALIKE_DOCS } from './credLookalikes';

export const CRED_DOCS: RealWorldDoc[] = [...CRED_HOME_DOCS, ...CRED_TOOL_DOCS, ...CRED_APP_DOCS, ...CRED_SERVICE_DOCS, ...CRED_INFRA_DOCS, ...CRED_SYNTAX_DOCS, ...CRED_LOOKALIKE_DOCS];
