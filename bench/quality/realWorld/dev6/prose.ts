// rw-dev6 prose part: chat, ticket and mail exports (as JSON, XML, CSV and plain text), notes and wikis.
// Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { EXPORT_DOCS } from './proseExports';
import { SHEET_DOCS } from './proseSheets';
import { MAIL_DOCS } from './proseMail';
import { CHAT_DOCS } from './proseChats';
import { NOTE_DOCS } from './proseNotes';
import { MORE_DOCS } from './proseMore';

export const PROSE_DOCS: RealWorldDoc[] = [...EXPORT_DOCS, ...SHEET_DOCS, ...MAIL_DOCS, ...CHAT_DOCS, ...NOTE_DOCS, ...MORE_DOCS];
