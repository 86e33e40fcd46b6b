// rw-dev10 chat part: chat, tickets, mail and wiki prose in many languages. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CHAT_INTL_DOCS } from './chatIntl';
import { CHAT_MAIL_DOCS } from './chatMail';
import { CHAT_MIXED_DOCS } from './chatMixed';
import { CHAT_REVIEW_DOCS } from './chatReview';
import { CHAT_SLACK_DOCS } from './chatSlack';
import { CHAT_TICKET_DOCS } from './chatTickets';
import { CHAT_TOKEN_DOCS } from './chatTokens';
import { CHAT_WIKI_DOCS } from './chatWiki';

export const CHAT_DOCS: RealWorldDoc[] = [...CHAT_SLACK_DOCS, ...CHAT_TICKET_DOCS, ...CHAT_MAIL_DOCS, ...CHAT_WIKI_DOCS, ...CHAT_REVIEW_DOCS, ...CHAT_INTL_DOCS, ...CHAT_TOKEN_DOCS, ...CHAT_MIXED_DOCS];
