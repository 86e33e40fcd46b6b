// rw-dev18 gov part: public sector and civic IT (municipal and state systems, e-government portals, open data, elections, courts). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const GOV_DOCS: RealWorldDoc[] = [];
