// rw-dev3: prose, tickets, chat, mail, wikis and Q&A posts in many languages. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [];
