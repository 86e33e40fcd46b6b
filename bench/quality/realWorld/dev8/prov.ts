// rw-dev8 prov part. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROV_DOCS: RealWorldDoc[] = [];
