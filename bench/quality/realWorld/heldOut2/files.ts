// rw-held-out2, part B: source code, config syntaxes, credential files, CI/IaC and logs, written without reading the engine.
import type { RealWorldDoc } from '../types';

export const HELD_OUT2_FILES_DOCS: RealWorldDoc[] = [];
