// rw-dev8 prose part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROSE_DOCS: RealWorldDoc[] = [];
