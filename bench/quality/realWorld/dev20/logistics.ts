// rw-dev20 logistics part: logistics, shipping and supply chain IT (carriers, freight forwarding, warehouses, fleet telematics, customs, EDI). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const LOGISTICS_DOCS: RealWorldDoc[] = [];
