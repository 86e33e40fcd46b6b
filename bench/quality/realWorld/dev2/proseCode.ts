// rw-dev2: prose in other languages and forms, tickets, chat, wikis; code in many languages. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROSE_CODE_DOCS: RealWorldDoc[] = [];
