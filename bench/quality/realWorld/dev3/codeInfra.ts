// rw-dev3: source code in many languages, infrastructure as code, CI and deployment files. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CODE_INFRA_DOCS: RealWorldDoc[] = [];
