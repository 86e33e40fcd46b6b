// Keeps a document's findings current with the least scanning: edits shift the findings after them and mark
// a dirty span; a rescan covers only the dirty lines, widened so multi-line secrets (PEM blocks), next-line
// suppressions and key/value pairs split over two lines are seen whole. Huge documents get a bounded scan.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding, Scanner } from '../engine';

/** Lines longer than this (minified code) are rescanned by characters around the edit, not whole. */
const LONG_LINE = 4096;
const CHAR_WINDOW = 1024;
/** The private-key rule's longest body: the farthest a multi-line secret can reach. */
const PEM_REACH = 40_100;

export interface ScanOutcome {
  /** The document was cut: only [0, scannedUpTo) was scanned. */
  truncated: boolean;
  scannedUpTo: number;
}

export class TrackedDocument {
  findings: Finding[] = [];
  private dirty: Array<[number, number]> | 'all' = 'all';
  scannedUpTo = 0;
  truncated = false;

  constructor(public doc: TextDocument) {}

  get version(): number {
    return this.doc.version;
  }

  get needsScan(): boolean {
    return this.dirty === 'all' || this.dirty.length > 0;
  }

  /** Size of the pending rescan, to decide how long to debounce it. */
  get pendingChars(): number {
    if (this.dirty === 'all') return this.doc.getText().length;
    return this.dirty.reduce((n, [s, e]) => n + (e - s), 0);
  }

  invalidateAll(): void {
    this.dirty = 'all';
  }

  /** Applies one didChange batch (changes in order, each relative to the result of the previous). */
  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.doc = TextDocument.update(this.doc, [change], version);
        this.findings = [];
        this.dirty = 'all';
        continue;
      }
      const start = this.doc.offsetAt(change.range.start);
      const end = this.doc.offsetAt(change.range.end);
      this.doc = TextDocument.update(this.doc, [change], version);
      const delta = change.text.length - (end - start);
      const newEnd = start + change.text.length;
      const kept: Finding[] = [];
      let dirtyStart = start;
      let dirtyEnd = newEnd;
      for (const f of this.findings) {
        if (f.end < start) kept.push(f);
        else if (f.start > end) kept.push({ ...f, start: f.start + delta, end: f.end + delta });
        else {
          // Touched (or adjacent: typing right after a token changes it): rescan its whole span.
          dirtyStart = Math.min(dirtyStart, f.start);
          dirtyEnd = Math.max(dirtyEnd, f.end + delta);
        }
      }
      this.findings = kept;
      if (this.scannedUpTo > end) this.scannedUpTo += delta;
      else if (this.scannedUpTo > start) this.scannedUpTo = start;
      if (this.dirty !== 'all') {
        this.dirty = this.dirty.map(([s, e]): [number, number] => {
          if (e < start) return [s, e];
          if (s > end) return [s + delta, e + delta];
          return [Math.min(s, start), Math.max(newEnd, e + delta)];
        });
        this.dirty.push([dirtyStart, Math.max(dirtyStart, dirtyEnd)]);
      }
    }
  }

  /** Rescans what changed (or everything), bounded by `maxChars`. */
  rescan(scanner: Scanner, path: string | undefined, languageId: string, maxChars: number): ScanOutcome {
    const text = this.doc.getText();
    const limit = boundedLength(text, maxChars);
    const options = { path, language: languageId };
    if (this.dirty === 'all') {
      this.findings = scanner.scan(limit < text.length ? text.slice(0, limit) : text, options);
      this.scannedUpTo = limit;
    } else {
      // Content beyond an earlier cut that the document has since shrunk into also needs scanning.
      if (this.scannedUpTo < limit) this.dirty.push([this.scannedUpTo, limit]);
      for (const [s, e] of mergeSpans(this.dirty)) {
        if (s >= limit) continue;
        this.rescanSpan(scanner, text, Math.max(0, s), Math.min(e, limit), limit, options);
      }
      this.scannedUpTo = limit;
    }
    this.dirty = [];
    this.truncated = limit < text.length;
    return { truncated: this.truncated, scannedUpTo: limit };
  }

  private rescanSpan(scanner: Scanner, text: string, s: number, e: number, limit: number, options: { path?: string; language: string }): void {
    let [coreStart, coreEnd] = widen(text, s, e, limit);
    // Existing findings that reach into the window are rescanned whole.
    for (let changed = true; changed; ) {
      changed = false;
      for (const f of this.findings) {
        if (f.start < coreEnd && f.end > coreStart && (f.start < coreStart || f.end > coreEnd)) {
          const [ws, we] = widen(text, Math.min(f.start, coreStart), Math.max(f.end, coreEnd), limit);
          if (ws < coreStart || we > coreEnd) changed = true;
          coreStart = Math.min(coreStart, ws);
          coreEnd = Math.max(coreEnd, we);
        }
      }
    }
    // One line of context before the window, so a `hush:allow-next-line` above it still applies.
    const scanFrom = lineStartBefore(text, coreStart);
    const found = scanner
      .scan(text.slice(scanFrom, coreEnd), options)
      .map((f) => ({ ...f, start: f.start + scanFrom, end: f.end + scanFrom }))
      .filter((f) => f.start >= coreStart);
    const outside = this.findings.filter((f) => f.end <= coreStart || f.start >= coreEnd);
    this.findings = insertSorted(outside, found);
  }
}

/** The scan limit: cut at a line break when there is one near the limit, so no line is half scanned. */
function boundedLength(text: string, maxChars: number): number {
  if (text.length <= maxChars) return text.length;
  const nl = text.lastIndexOf('\n', maxChars);
  return nl > maxChars - LONG_LINE ? nl + 1 : maxChars;
}

function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

function lineEndOf(text: string, at: number, limit: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 || nl > limit ? limit : nl;
}

function lineStartBefore(text: string, at: number): number {
  const ls = lineStartOf(text, at);
  if (ls === 0) return 0;
  const prev = lineStartOf(text, ls - 1);
  return at - prev > LONG_LINE ? Math.max(0, at - CHAR_WINDOW) : prev;
}

/** Whole lines around the edit plus one line either side; character windows on very long lines; PEM blocks whole. */
function widen(text: string, s: number, e: number, limit: number): [number, number] {
  let start = lineStartOf(text, s);
  if (s - start > LONG_LINE) start = softBoundaryBefore(text, Math.max(start, s - CHAR_WINDOW));
  else if (start > 0) {
    const prev = lineStartOf(text, start - 1);
    start = start - prev > LONG_LINE ? softBoundaryBefore(text, Math.max(prev, start - CHAR_WINDOW)) : prev;
  }
  let end = lineEndOf(text, e, limit);
  if (end - e > LONG_LINE) end = softBoundaryAfter(text, Math.min(limit, e + CHAR_WINDOW), limit);
  else if (end < limit) {
    const next = lineEndOf(text, end + 1, limit);
    end = next - end > LONG_LINE ? softBoundaryAfter(text, Math.min(limit, end + CHAR_WINDOW), limit) : next;
  }
  // A PEM block open before the window (no END between) or closing after it must be scanned whole.
  // Searches are bounded by the longest block so a keystroke never walks a huge document.
  const behindFrom = Math.max(0, start - PEM_REACH);
  const behind = text.slice(behindFrom, start).lastIndexOf('-----BEGIN ');
  if (behind >= 0) {
    const begin = behindFrom + behind;
    const endMarker = text.indexOf('-----END ', begin);
    if (endMarker < 0 || endMarker >= start) start = lineStartOf(text, begin);
  }
  const aheadFrom = Math.max(start, end - 10);
  const ahead = text.slice(aheadFrom, Math.min(limit, end + PEM_REACH)).indexOf('-----END ');
  if (ahead >= 0) {
    const close = aheadFrom + ahead;
    const beginBetween = text.lastIndexOf('-----BEGIN ', close);
    if (beginBetween < end) end = lineEndOf(text, close + 9, limit);
  }
  return [start, Math.min(end, limit)];
}

const SOFT = /[\s"'`,;()[\]{}<>]/;

function softBoundaryBefore(text: string, at: number): number {
  for (let i = at, n = 0; i > 0 && n < 512; i--, n++) if (SOFT.test(text[i - 1]!)) return i;
  return at;
}

function softBoundaryAfter(text: string, at: number, limit: number): number {
  for (let i = at, n = 0; i < limit && n < 512; i++, n++) if (SOFT.test(text[i]!)) return i;
  return at;
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function insertSorted(base: Finding[], added: Finding[]): Finding[] {
  if (added.length === 0) return base;
  return [...base, ...added].sort((a, b) => a.start - b.start);
}
