// rw-dev3: prose, tickets, chat, mail, wikis and Q&A posts in many languages. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CHAT_DOCS } from './proseChatChat';
import { TICKET_DOCS } from './proseChatTickets';
import { WIKI_DOCS } from './proseChatWiki';
import { MIXED_DOCS } from './proseChatMixed';
import { MORE_DOCS } from './proseChatMore';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [...CHAT_DOCS, ...TICKET_DOCS, ...WIKI_DOCS, ...MIXED_DOCS, ...MORE_DOCS];
