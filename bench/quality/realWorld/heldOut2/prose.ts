// rw-held-out2, part A: prose, chat, tickets, docs, command lines and HTTP auth, written without reading the engine.
import type { RealWorldDoc } from '../types';

export const HELD_OUT2_PROSE_DOCS: RealWorldDoc[] = [];
