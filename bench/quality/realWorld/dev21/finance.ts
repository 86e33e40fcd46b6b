// rw-dev21 finance part: banking, trading, payments and insurance IT. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const FINANCE_DOCS: RealWorldDoc[] = [];
