// rw-dev21 civic part: law firms, non-profits, real estate and construction IT. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CIVIC_DOCS: RealWorldDoc[] = [];
