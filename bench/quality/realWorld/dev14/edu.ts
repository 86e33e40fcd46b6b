// rw-dev14 edu part: students and teaching (course projects, homework repositories, bootcamp apps, lab and classroom tooling). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const EDU_DOCS: RealWorldDoc[] = [];
