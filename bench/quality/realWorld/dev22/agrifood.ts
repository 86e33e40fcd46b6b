// rw-dev22 agrifood part: farms, food production, food safety, restaurants and delivery. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const AGRIFOOD_DOCS: RealWorldDoc[] = [];
