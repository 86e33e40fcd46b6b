// rw-dev7 cmd part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CMD_DOCS: RealWorldDoc[] = [];
