// rw-dev10 app part: code, config syntaxes, defaults in code and HTTP auth. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const APP_DOCS: RealWorldDoc[] = [];
