// rw-dev5 prose part: chat exports, tickets and mail threads, wikis in their markups, notes and spreadsheets,
// forum posts and commit/PR text in many languages. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CHAT_DOCS } from './proseChats';
import { TICKET_DOCS } from './proseTickets';
import { WIKI_DOCS } from './proseWikis';
import { NOTE_DOCS } from './proseNotes';
import { FORUM_DOCS } from './proseForums';

export const PROSE_DOCS: RealWorldDoc[] = [...CHAT_DOCS, ...TICKET_DOCS, ...WIKI_DOCS, ...NOTE_DOCS, ...FORUM_DOCS];
