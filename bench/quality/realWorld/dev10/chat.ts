// rw-dev10 chat part: chat, tickets, mail and wiki prose in many languages. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CHAT_DOCS: RealWorldDoc[] = [];
