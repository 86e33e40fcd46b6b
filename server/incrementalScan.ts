// Keeps a document's findings current with the least scanning: edits shift the findings after them and mark
// a dirty span; a rescan covers only the dirty lines, widened so multi-line secrets (PEM blocks), next-line
// suppressions and key/value pairs split over two lines are seen whole. Huge documents get a bounded scan.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { envNameAt, NAME_CONTEXT_CHARS, type Finding, type Scanner } from '../engine';
import { findingExtent } from '../engine/detect/credentialParts';
import { LineDocument } from './lineDocument';

/** Lines longer than this (minified code) are rescanned by characters around the edit, not whole. */
const LONG_LINE = 4096;
const CHAR_WINDOW = 1024;
/** The private-key rule's longest body: the farthest a multi-line secret can reach. */
const PEM_REACH = 40_100;

export class TrackedDocument {
  findings: Finding[] = [];
  private dirty: Array<[number, number]> | 'all' = 'all';
  scannedUpTo = 0;
  truncated = false;

  constructor(public doc: LineDocument) {}

  get version(): number {
    return this.doc.version;
  }

  get needsScan(): boolean {
    return this.dirty === 'all' || this.dirty.length > 0;
  }

  /** Size of the pending rescan, to decide how long to debounce it. */
  get pendingChars(): number {
    if (this.dirty === 'all') return this.doc.length;
    return this.dirty.reduce((n, [s, e]) => n + (e - s), 0);
  }

  invalidateAll(): void {
    this.dirty = 'all';
  }

  /** Applies one didChange batch (changes in order, each relative to the result of the previous). */
  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      const span = this.doc.apply(change, version);
      if (!span) {
        this.findings = [];
        this.dirty = 'all';
        continue;
      }
      const { start, end } = span;
      const delta = change.text.length - (end - start);
      const newEnd = start + change.text.length;
      const kept: Finding[] = [];
      let dirtyStart = start;
      let dirtyEnd = newEnd;
      for (const f of this.findings) {
        // A multi-part credential counts as touched when any of its parts is.
        const [fs, fe] = findingExtent(f);
        if (fe < start) kept.push(f);
        else if (fs > end) kept.push(shifted(f, delta));
        else {
          // Touched (or adjacent: typing right after a token changes it): rescan its whole span.
          dirtyStart = Math.min(dirtyStart, fs);
          dirtyEnd = Math.max(dirtyEnd, fe + delta);
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
  rescan(scanner: Scanner, path: string | undefined, languageId: string, maxChars: number): void {
    const doc = this.doc;
    const limit = boundedLength(doc, maxChars);
    const options = { path, language: languageId };
    if (this.dirty === 'all') {
      this.findings = scanner.scan(doc.slice(0, limit), options);
    } else {
      // Content beyond an earlier cut that the document has since shrunk into also needs scanning.
      if (this.scannedUpTo < limit) this.dirty.push([this.scannedUpTo, limit]);
      const spans = mergeSpans(this.dirty);
      for (const [s, e] of spans) {
        if (s >= limit) continue;
        this.rescanSpan(scanner, Math.max(0, s), Math.min(e, limit), limit, options);
      }
      // A name reads the text before its value (an enclosing `smtp: {` lines above): findings in or after an
      // edit, within that reach, are named again over the whole document.
      const renamed = (f: Finding) => spans.some(([s, e]) => f.start >= s && f.start < e + NAME_CONTEXT_CHARS);
      this.findings = this.findings.map((f) => (renamed(f) ? this.namedInFullText(scanner, f) : f));
    }
    this.scannedUpTo = limit;
    this.dirty = [];
    this.truncated = limit < doc.length;
  }

  private rescanSpan(scanner: Scanner, s: number, e: number, limit: number, options: { path?: string; language: string }, withReach = false): void {
    const doc = this.doc;
    // The other parts of a credential (a key ID lines above its secret) may lie up to `partReach` from its value.
    // The window grows by that reach only where it matters: a credential with parts near the edit (it may gain
    // or lose one), or a value with parts found by the narrow scan (below); most edits touch neither.
    const reach = scanner.partReach;
    const grow = withReach || (reach > 0 && this.findings.some((f) => scanner.hasSearchedParts(f.ruleId) && f.end + reach > s && f.start - reach < e));
    let [coreStart, coreEnd] = grow ? widen(doc, Math.max(0, s - reach), Math.min(limit, e + reach), limit) : widen(doc, s, e, limit);
    // Existing findings that reach into the window are rescanned whole.
    for (let changed = true; changed;) {
      changed = false;
      for (const f of this.findings) {
        const [fs, fe] = findingExtent(f);
        if (fs < coreEnd && fe > coreStart && (fs < coreStart || fe > coreEnd)) {
          const [ws, we] = widen(doc, Math.min(fs, coreStart), Math.max(fe, coreEnd), limit);
          if (ws < coreStart || we > coreEnd) changed = true;
          coreStart = Math.min(coreStart, ws);
          coreEnd = Math.max(coreEnd, we);
        }
      }
    }
    // One line of context before the window, so a `hush:allow-next-line` above it still applies.
    const scanFrom = contextStart(doc, coreStart);
    const found = scanner
      .scan(doc.slice(scanFrom, coreEnd), options)
      .map((f) => shifted(f, scanFrom))
      .filter((f) => f.start >= coreStart)
      .map((f) => (scanFrom > 0 ? this.namedInFullText(scanner, f) : f));
    // A new value whose parts may lie outside the narrow window: scan again with the reach.
    if (!grow && reach > 0 && found.some((f) => scanner.hasSearchedParts(f.ruleId))) return this.rescanSpan(scanner, s, e, limit, options, true);
    const outside = this.findings.filter((f) => {
      const [fs, fe] = findingExtent(f);
      return fe <= coreStart || fs >= coreEnd;
    });
    this.findings = found.length === 0 ? outside : [...outside, ...found].sort((a, b) => a.start - b.start);
  }

  /** The name a full scan gives the finding. */
  private namedInFullText(scanner: Scanner, f: Finding): Finding {
    const rule = scanner.rules.find((r) => r.id === f.ruleId);
    if (!rule) return f;
    const from = Math.max(0, f.start - NAME_CONTEXT_CHARS);
    const before = this.doc.slice(from, f.start);
    return { ...f, envName: envNameAt(before, before.length, f.keyName, rule) };
  }
}

/** The finding moved by `delta` characters, with the other parts of its credential. */
function shifted(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const moved = { ...f, start: f.start + delta, end: f.end + delta };
  if (f.related) moved.related = f.related.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta }));
  return moved;
}

/** The scan limit: cut at a line break when there is one near the limit, so no line is half scanned. */
function boundedLength(doc: LineDocument, maxChars: number): number {
  if (doc.length <= maxChars) return doc.length;
  const line = doc.lineOf(maxChars);
  const start = doc.lineStart(line);
  return maxChars - start < LONG_LINE && start > 0 ? start : maxChars;
}

function contextStart(doc: LineDocument, at: number): number {
  const line = doc.lineOf(at);
  const ls = doc.lineStart(line);
  if (at - ls > LONG_LINE) return Math.max(ls, at - CHAR_WINDOW);
  if (line === 0) return ls;
  const prev = doc.lineStart(line - 1);
  return ls - prev > LONG_LINE ? Math.max(prev, ls - CHAR_WINDOW) : prev;
}

/** Whole lines around the edit plus one line either side; character windows on very long lines; PEM blocks whole. */
function widen(doc: LineDocument, s: number, e: number, limit: number): [number, number] {
  const firstLine = doc.lineOf(s);
  let start = doc.lineStart(firstLine);
  if (s - start > LONG_LINE) start = softBoundaryBefore(doc, Math.max(start, s - CHAR_WINDOW));
  else if (firstLine > 0) {
    const prev = doc.lineStart(firstLine - 1);
    start = start - prev > LONG_LINE ? softBoundaryBefore(doc, Math.max(prev, start - CHAR_WINDOW)) : prev;
  }
  const lastLine = doc.lineOf(e);
  let end = Math.min(limit, doc.lineEnd(lastLine));
  if (end - e > LONG_LINE) end = softBoundaryAfter(doc, Math.min(limit, e + CHAR_WINDOW), limit);
  else if (lastLine + 1 < doc.lineCount && end < limit) {
    const next = Math.min(limit, doc.lineEnd(lastLine + 1));
    end = next - doc.lineStart(lastLine + 1) > LONG_LINE ? softBoundaryAfter(doc, Math.min(limit, doc.lineStart(lastLine + 1) + CHAR_WINDOW), limit) : next;
  }
  // A PEM block open before the window (no END between) or closing after it must be scanned whole.
  // Found through the document's index of marker lines, and bounded by the longest block.
  const startLine = doc.lineOf(start);
  if (start === doc.lineStart(startLine)) {
    const line = doc.pemMarkerLineBefore(startLine);
    if (line >= 0 && doc.lineStart(line) >= start - PEM_REACH && pemMarkers(doc.lineText(line)) === 'opens') start = doc.lineStart(line);
  } else {
    const behindFrom = Math.max(0, start - PEM_REACH);
    const behindText = doc.slice(behindFrom, start);
    const behind = behindText.lastIndexOf('-----BEGIN ');
    if (behind >= 0 && behindText.indexOf('-----END ', behind) < 0) start = doc.lineStart(doc.lineOf(behindFrom + behind));
  }
  const next = doc.pemMarkerLineAfter(doc.lineOf(end));
  if (next >= 0 && doc.lineStart(next) <= Math.min(limit, end + PEM_REACH)) {
    const text = doc.lineText(next);
    const begin = text.indexOf('-----BEGIN ');
    const close = text.indexOf('-----END ');
    // Closes a block the window is inside; a block that starts after the window is not ours.
    if (close >= 0 && (begin < 0 || close < begin)) end = Math.min(limit, doc.lineEnd(next));
  }
  return [start, Math.min(end, limit)];
}

/** Whether a line leaves a PEM block open (last marker is BEGIN), closes one (last marker is END), or neither. */
function pemMarkers(line: string): 'opens' | 'closes' | undefined {
  const begin = line.lastIndexOf('-----BEGIN ');
  const close = line.lastIndexOf('-----END ');
  if (begin < 0 && close < 0) return undefined;
  return begin > close ? 'opens' : 'closes';
}

const SOFT = /[\s"'`,;()[\]{}<>]/;

function softBoundaryBefore(doc: LineDocument, at: number): number {
  const text = doc.slice(Math.max(0, at - 512), at);
  for (let i = text.length; i > 0; i--) if (SOFT.test(text[i - 1]!)) return at - (text.length - i);
  return at;
}

function softBoundaryAfter(doc: LineDocument, at: number, limit: number): number {
  const text = doc.slice(at, Math.min(limit, at + 512));
  for (let i = 0; i < text.length; i++) if (SOFT.test(text[i]!)) return at + i;
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
