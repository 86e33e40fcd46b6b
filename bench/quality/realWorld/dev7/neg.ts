// rw-dev7 neg part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const NEG_DOCS: RealWorldDoc[] = [];
