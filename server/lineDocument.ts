// An open document stored as lines (each with its own line break) plus a table of line starts. An edit
// touches only its lines and shifts the starts after them (lazily when the line count stays), so a
// keystroke never copies the whole text:
// with one big string, every edit re-allocates (and the GC re-collects) the whole document.
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lowerBound } from '../engine';

/** What features need from a document: read-only, offsets and LSP positions. */
export interface DocumentView {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly length: number;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Splits after each \n, \r\n or lone \r, keeping the breaks; the last piece may be '' only for ''. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A line that opens or closes a PEM block: the rescan must widen to the whole block around it. */
export function hasPemMarker(line: string): boolean {
  return line.includes('-----BEGIN ') || line.includes('-----END ');
}

export class LineDocument implements DocumentView {
  private lines: string[];
  private starts: number[] = [];
  /** Starts from line `shiftFrom` on are `shiftBy` off: an edit that keeps the line count moves the lines
   * after it lazily, settling only the lines between two edits, so typing in a 450,000-line file does not
   * rewrite 450,000 starts per keystroke. */
  private shiftFrom = Infinity;
  private shiftBy = 0;
  /** Lines holding a PEM marker, ascending, kept with each edit: finding the block around an edit is a
   * binary search instead of reading up to 40 KB of lines per keystroke. */
  private markers: number[] = [];
  private cached: string | undefined;
  length = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.lines = splitLines(text);
    this.cached = text;
    this.reindex(0);
    this.indexMarkers();
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(): string {
    if (this.cached === undefined) this.cached = this.lines.join('');
    return this.cached;
  }

  /** text[start, end) without building the whole text. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.cached !== undefined) return this.cached.slice(start, end);
    const first = this.lineOf(start);
    const last = this.lineOf(Math.max(start, end - 1));
    if (first === last) return this.lines[first]!.slice(start - this.start(first), end - this.start(first));
    const parts = [this.lines[first]!.slice(start - this.start(first))];
    for (let i = first + 1; i < last; i++) parts.push(this.lines[i]!);
    parts.push(this.lines[last]!.slice(0, end - this.start(last)));
    return parts.join('');
  }

  /** Index of the line containing the offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.start(Math.max(0, Math.min(line, this.starts.length - 1)));
  }

  /** End of the line's content, before its break. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.lines.length - 1));
    const text = this.lines[l]!;
    const brk = text.endsWith('\r\n') ? 2 : text.endsWith('\n') || text.endsWith('\r') ? 1 : 0;
    return this.start(l) + text.length - brk;
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.lineEnd(line)) - this.start(line) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines.length) return this.length;
    if (position.line < 0) return 0;
    const start = this.start(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Applies one change; returns its offsets in the text before the change. */
  apply(change: TextDocumentContentChangeEvent, version: number): { start: number; end: number } | undefined {
    this.version = version;
    if (!('range' in change) || !change.range) {
      this.lines = splitLines(change.text);
      this.cached = change.text;
      this.reindex(0);
      this.indexMarkers();
      return undefined;
    }
    let start = this.offsetAt(change.range.start);
    let end = this.offsetAt(change.range.end);
    if (end < start) [start, end] = [end, start];
    let first = this.lineOf(start);
    let last = this.lineOf(end);
    const firstLine = first;
    const lastLine = last;
    // Keep \r\n pairs whole when an edit lands between them or creates one at its edges.
    if (first > 0 && this.lines[first - 1]!.endsWith('\r')) first--;
    if (last + 1 < this.lines.length && (change.text.endsWith('\r') || this.lines[last]!.endsWith('\r'))) last++;
    const region = this.slice(this.start(first), start) + change.text + this.slice(end, this.start(last) + this.lines[last]!.length);
    let replacement: string[];
    if (first === firstLine && last === lastLine && !/[\r\n]/.test(change.text)) {
      // No new break: the edited lines become one line (a keystroke on a 5 MB minified line is not re-split).
      replacement = [region];
    } else {
      replacement = splitLines(region);
      // splitLines ends with the text after the last break; drop it when empty unless it is the document's end.
      if (replacement.length > 1 && replacement[replacement.length - 1] === '' && last + 1 < this.lines.length) replacement.pop();
    }
    const lineCount = this.lines.length;
    if (replacement.length < 10_000) this.lines.splice(first, last - first + 1, ...replacement);
    else this.lines = this.lines.slice(0, first).concat(replacement, this.lines.slice(last + 1));
    this.shiftMarkers(first, last - first + 1, replacement);
    if (this.lines.length > 1 && this.lines[this.lines.length - 1] === '' && !/[\r\n]$/.test(this.lines[this.lines.length - 2]!)) this.lines.pop();
    this.cached = undefined;
    if (this.lines.length === lineCount && replacement.length === last - first + 1) this.shiftLazily(first, last, change.text.length - (end - start));
    else this.reindex(first);
    return { start, end };
  }

  /** The nearest line before `line` holding a PEM marker, or -1. */
  pemMarkerLineBefore(line: number): number {
    const i = lowerBound(this.markers, line);
    return i > 0 ? this.markers[i - 1]! : -1;
  }

  /** The nearest line after `line` holding a PEM marker, or -1. */
  pemMarkerLineAfter(line: number): number {
    const i = lowerBound(this.markers, line + 1);
    return i < this.markers.length ? this.markers[i]! : -1;
  }

  private indexMarkers(): void {
    this.markers = [];
    for (let i = 0; i < this.lines.length; i++) if (hasPemMarker(this.lines[i]!)) this.markers.push(i);
  }

  /** `removed` lines from `first` were replaced by `added`: re-check those, shift the markers after them. */
  private shiftMarkers(first: number, removed: number, added: string[]): void {
    const m = this.markers;
    const from = lowerBound(m, first);
    const to = lowerBound(m, first + removed);
    const shift = added.length - removed;
    const fresh: number[] = [];
    for (let i = 0; i < added.length; i++) if (hasPemMarker(added[i]!)) fresh.push(first + i);
    if (fresh.length === 0 && to === from && shift === 0) return;
    const after = m.slice(to);
    m.length = from;
    m.push(...fresh);
    for (const line of after) m.push(line + shift);
  }

  private start(line: number): number {
    const s = this.starts[line]!;
    return line >= this.shiftFrom ? s + this.shiftBy : s;
  }

  /** Lines `first..last` were rewritten in place (same count) and grew by `delta`: their starts are set, the
   * pending shift of the lines after them grows by `delta`, and only lines between this edit and the last
   * one's boundary are settled. */
  private shiftLazily(first: number, last: number, delta: number): void {
    const starts = this.starts;
    const n = this.lines.length;
    if (this.shiftFrom === Infinity) {
      this.shiftFrom = last + 1;
      this.shiftBy = delta;
    } else if (this.shiftFrom <= last + 1) {
      for (let i = this.shiftFrom; i <= last && i < n; i++) starts[i] = starts[i]! + this.shiftBy;
      this.shiftFrom = last + 1;
      this.shiftBy += delta;
    } else {
      for (let i = last + 1; i < this.shiftFrom && i < n; i++) starts[i] = starts[i]! + delta;
      this.shiftBy += delta;
    }
    for (let i = first + 1; i <= last; i++) starts[i] = this.start(i - 1) + this.lines[i - 1]!.length;
    this.length += delta;
  }

  private reindex(from: number): void {
    const starts = this.starts;
    // Settle the pending shift below `from`; everything from `from` on is rewritten.
    for (let i = this.shiftFrom; i < from; i++) starts[i] = starts[i]! + this.shiftBy;
    this.shiftFrom = Infinity;
    this.shiftBy = 0;
    starts.length = this.lines.length;
    let offset = from === 0 ? 0 : starts[from - 1]! + this.lines[from - 1]!.length;
    for (let i = from; i < this.lines.length; i++) {
      starts[i] = offset;
      offset += this.lines[i]!.length;
    }
    this.length = offset;
  }
}
