// rw-dev25 datasci part: data-science notebooks, ML platforms and analytics warehouses. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const DATASCI_DOCS: RealWorldDoc[] = [];
