// rw-dev8 prose part. Written without reading the engine (see ../../LABELLING.md): one file per theme, values from
// the part's own makers (proseValues.ts).
import type { RealWorldDoc } from '../types';
import { PROSE_CHAT_DOCS } from './proseChat';
import { PROSE_TICKET_DOCS } from './proseTickets';
import { PROSE_MAIL_DOCS } from './proseMail';
import { PROSE_WIKI_DOCS } from './proseWiki';
import { PROSE_INTL_DOCS } from './proseIntl';
import { PROSE_MISC_DOCS } from './proseMisc';
import { PROSE_DENSE_DOCS } from './proseDense';

export const PROSE_DOCS: RealWorldDoc[] = [...PROSE_CHAT_DOCS, ...PROSE_TICKET_DOCS, ...PROSE_MAIL_DOCS, ...PROSE_WIKI_DOCS, ...PROSE_INTL_DOCS, ...PROSE_MISC_DOCS, ...PROSE_DENSE_DOCS];
