// rw-dev9 prose part: passwords and tokens in prose, tickets, chat, runbooks and mail. Written without reading the
// engine (see ../../LABELLING.md): one file per theme, values from the part's own makers (proseValues.ts).
import type { RealWorldDoc } from '../types';
import { PROSE_CHAT_DOCS } from './proseChat';
import { PROSE_TICKET_DOCS } from './proseTickets';
import { PROSE_MAIL_DOCS } from './proseMail';
import { PROSE_WIKI_DOCS } from './proseWiki';
import { PROSE_INTL_DOCS } from './proseIntl';
import { PROSE_NOTES_DOCS } from './proseNotes';
import { PROSE_LOOK_DOCS } from './proseLook';
import { PROSE_TOKEN_DOCS } from './proseTokens';
import { PROSE_NEG_DOCS } from './proseNeg';

export const PROSE_DOCS: RealWorldDoc[] = [
  ...PROSE_CHAT_DOCS,
  ...PROSE_TICKET_DOCS,
  ...PROSE_MAIL_DOCS,
  ...PROSE_WIKI_DOCS,
  ...PROSE_INTL_DOCS,
  ...PROSE_NOTES_DOCS,
  ...PROSE_LOOK_DOCS,
  ...PROSE_TOKEN_DOCS,
  ...PROSE_NEG_DOCS,
];
