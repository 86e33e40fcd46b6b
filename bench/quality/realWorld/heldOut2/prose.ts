// rw-held-out2, part A: prose, chat, tickets, docs, command lines and HTTP auth, written without reading the engine.
// The documents live in prose*.ts by kind; the value makers are this part's own (proseValues.ts, proseProviders.ts).
import type { RealWorldDoc } from '../types';
import { PROSE_CHAT_DOCS } from './proseChat';
import { PROSE_CLI_DOCS } from './proseCli';
import { PROSE_CLI2_DOCS } from './proseCli2';
import { PROSE_DOC_DOCS } from './proseDocs';
import { PROSE_DOC2_DOCS } from './proseDocs2';
import { PROSE_HTTP_DOCS } from './proseHttp';
import { PROSE_HTTP2_DOCS } from './proseHttp2';
import { PROSE_MORE_DOCS } from './proseMore';
import { PROSE_PRECISION_DOCS } from './prosePrecision';
import { PROSE_PRECISION2_DOCS } from './prosePrecision2';
import { PROSE_TICKET_DOCS } from './proseTickets';
import { PROSE_TICKET2_DOCS } from './proseTickets2';

export const HELD_OUT2_PROSE_DOCS: RealWorldDoc[] = [
  ...PROSE_CHAT_DOCS,
  ...PROSE_TICKET_DOCS,
  ...PROSE_TICKET2_DOCS,
  ...PROSE_DOC_DOCS,
  ...PROSE_DOC2_DOCS,
  ...PROSE_CLI_DOCS,
  ...PROSE_CLI2_DOCS,
  ...PROSE_HTTP_DOCS,
  ...PROSE_HTTP2_DOCS,
  ...PROSE_MORE_DOCS,
  ...PROSE_PRECISION_DOCS,
  ...PROSE_PRECISION2_DOCS,
];
