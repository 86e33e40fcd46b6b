// rw-dev9 code part: source code in many languages, defaults and test code. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CODE_DOCS: RealWorldDoc[] = [];
