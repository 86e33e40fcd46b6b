// rw-dev9 prose part: passwords and tokens in prose, tickets, chat, runbooks and mail. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROSE_DOCS: RealWorldDoc[] = [];
