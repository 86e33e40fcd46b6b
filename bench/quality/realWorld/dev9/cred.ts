// rw-dev9 cred part: credential files and configs in every syntax. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CRED_DOCS: RealWorldDoc[] = [];
