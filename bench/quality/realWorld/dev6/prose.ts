// rw-dev6 prose part: chat, ticket and mail exports (as JSON, XML, CSV and plain text), notes and wikis.
// Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROSE_DOCS: RealWorldDoc[] = [];
