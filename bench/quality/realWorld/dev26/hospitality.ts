// rw-dev26 hospitality part: hotels, restaurants, events and ticketing. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const HOSPITALITY_DOCS: RealWorldDoc[] = [];
