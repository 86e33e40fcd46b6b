// rw-dev16 lab part: research computing (notebooks, HPC clusters, lab instruments, data pipelines). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const LAB_DOCS: RealWorldDoc[] = [];
