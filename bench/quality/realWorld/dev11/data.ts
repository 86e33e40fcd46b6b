// rw-dev11 data part: data work: notebooks, SQL and R scripts, pipelines, warehouse and BI configs. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const DATA_DOCS: RealWorldDoc[] = [];
