// rw-dev22 telecom part: carriers, ISPs, SMS and voice platforms, contact centres. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const TELECOM_DOCS: RealWorldDoc[] = [];
