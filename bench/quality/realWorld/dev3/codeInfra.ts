// rw-dev3: source code in many languages, infrastructure as code, CI and deployment files. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { SCRIPTING_DOCS } from './codeInfraScripting';
import { COMPILED_DOCS } from './codeInfraCompiled';
import { LEGACY_IAC_DOCS } from './codeInfraLegacyIac';
import { CI_DOCS } from './codeInfraCi';
import { CALLS_DOCS } from './codeInfraCalls';

export const CODE_INFRA_DOCS: RealWorldDoc[] = [...SCRIPTING_DOCS, ...COMPILED_DOCS, ...LEGACY_IAC_DOCS, ...CALLS_DOCS, ...CI_DOCS];
