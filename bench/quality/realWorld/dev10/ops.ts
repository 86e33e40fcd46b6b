// rw-dev10 ops part: command lines, CI files, logs and build output. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const OPS_DOCS: RealWorldDoc[] = [];
