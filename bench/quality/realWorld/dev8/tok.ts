// rw-dev8 tok part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const TOK_DOCS: RealWorldDoc[] = [];
