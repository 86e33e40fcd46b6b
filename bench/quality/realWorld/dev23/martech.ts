// rw-dev23 martech part: marketing, CRM, ad tech, HR and payroll. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const MARTECH_DOCS: RealWorldDoc[] = [];
