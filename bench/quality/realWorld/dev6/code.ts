// rw-dev6 code part: source in many languages, tests and fixtures, configs, scripts and logs.
// Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CODE_DOCS: RealWorldDoc[] = [];
