// Offset-based text edits: what every fix planner returns. The server turns them into LSP ranges.

/** Replace text[start, end) with newText. Offsets are UTF-16, end exclusive, in the text the plan was made for. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies non-overlapping edits (any order) to text; used by tests and by callers without an editor. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The line break a text already uses (CRLF when it has any), so appended lines match. */
export function detectEol(text: string | undefined): '\n' | '\r\n' {
  return text !== undefined && text.includes('\r\n') ? '\r\n' : '\n';
}

/** An insertion at the end of `text` that adds `lines`, keeping the existing bytes and adding a break first if missing. */
export function appendLines(text: string | undefined, lines: string[]): OffsetEdit {
  const current = text ?? '';
  const eol = detectEol(text);
  const needsBreak = current.length > 0 && !current.endsWith('\n') && !current.endsWith('\r');
  return { start: current.length, end: current.length, newText: (needsBreak ? eol : '') + lines.map((l) => l + eol).join('') };
}
