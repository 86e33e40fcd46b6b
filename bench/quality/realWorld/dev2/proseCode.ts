// rw-dev2: prose in other languages and forms, tickets, chat, wikis; code in many languages. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CODE_DOCS2 } from './codeDocs';
import { LOOKALIKE_DOCS2 } from './lookalikeDocs';
import { PROSE_DOCS2 } from './proseDocs';

export const PROSE_CODE_DOCS: RealWorldDoc[] = [...PROSE_DOCS2, ...CODE_DOCS2, ...LOOKALIKE_DOCS2];
