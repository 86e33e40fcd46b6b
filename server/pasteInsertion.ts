// Clients without the paste API (other editors over LSP) put a pasted secret into the document with one
// didChange. Such a change is validated at once, whatever the document's size: its diagnostic comes with
// that very change, never after the debounce that large rescans otherwise wait for.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';

/** Typing adds a character or an auto-closed pair; a pasted token is an unbroken run at least this long. */
export const PASTE_LIKE_RUN = 16;
const LONG_RUN = new RegExp(`\\S{${PASTE_LIKE_RUN}}`);

/** True when one incremental change inserts a long unbroken run of text (a whole token, a PEM line). */
export function isPasteLikeChange(changes: readonly TextDocumentContentChangeEvent[]): boolean {
  return changes.some((c) => 'range' in c && c.range !== undefined && c.text.length >= PASTE_LIKE_RUN && LONG_RUN.test(c.text));
}
