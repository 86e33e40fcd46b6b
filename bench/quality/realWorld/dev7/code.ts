// rw-dev7 code part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CODE_DOCS: RealWorldDoc[] = [];
