// rw-dev24 erp part: manufacturing, ERP, MES and supply-chain back offices. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const ERP_DOCS: RealWorldDoc[] = [];
