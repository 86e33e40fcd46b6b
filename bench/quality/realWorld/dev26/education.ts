// rw-dev26 education part: schools, universities, campus IT and libraries. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const EDUCATION_DOCS: RealWorldDoc[] = [];
