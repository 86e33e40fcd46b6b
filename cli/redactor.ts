// Masks secrets in a text stream with bounded memory. Text is processed a batch of whole lines at a time,
// so a secret split across chunks is seen whole. What is held back is bounded: the current partial line
// (up to MAX_LINE, then cut with an overlap as long as the longest match any rule can make, so a value
// still arriving is never split), and a private key block from its BEGIN line until END (up to PEM_WINDOW;
// no real key is longer).
import { Transform, type TransformCallback } from 'node:stream';
import type { Scanner } from '../engine';
import { applyMasks, maskedSpans, redactText } from '../engine/redactText';
import { maxMatchLength } from '../engine/detect/patternLength';
import { ByteTextDecoder, encodeByteText } from './byteText';

export const MAX_LINE = 256 * 1024;
export const PEM_WINDOW = 64 * 1024;
/** The overlap's ceiling, for rules without a finite longest match (a custom `[a-z]+`): half a cut line. */
const MAX_OVERLAP = MAX_LINE / 2;
const CONTEXT = 256;

/**
 * What a long-line cut keeps back: the longest match any of the scanner's rules can make (a 5 KB JWT that has
 * not fully arrived must not be cut in two), plus context. The built-in rules' lengths are precomputed.
 */
export function overlapFor(scanner: Scanner): number {
  let longest = 0;
  for (const r of scanner.rules) longest = Math.max(longest, maxMatchLength(r.pattern.source));
  return Math.min(MAX_OVERLAP, longest + CONTEXT);
}

const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

/** Start of the line holding the last private-key BEGIN marker that has no END after it, or -1. */
function unterminatedKeyStart(text: string): number {
  let last = -1;
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) last = m.index;
  if (last < 0 || PEM_END.test(text.slice(last))) return -1;
  return text.lastIndexOf('\n', last) + 1;
}

export class Redactor {
  private pending = '';
  private readonly overlap: number;

  constructor(private readonly scanner: Scanner) {
    this.overlap = overlapFor(scanner);
  }

  /** Adds input; returns the output that is final (may be empty while a line or key block is open). */
  push(chunk: string): string {
    this.pending += chunk;
    const lastNl = this.pending.lastIndexOf('\n');
    if (lastNl < 0) return this.pending.length > MAX_LINE ? this.cutLongLine() : '';
    let ready = lastNl + 1;
    const keyStart = unterminatedKeyStart(this.pending.slice(0, ready));
    if (keyStart >= 0 && this.pending.length - keyStart <= PEM_WINDOW) ready = keyStart;
    if (ready === 0) return '';
    const out = this.redact(this.pending.slice(0, ready));
    this.pending = this.pending.slice(ready);
    if (this.pending.length > MAX_LINE && this.pending.indexOf('\n') < 0) return out + this.cutLongLine();
    return out;
  }

  /** Everything still held, redacted. */
  end(): string {
    const out = this.redact(this.pending);
    this.pending = '';
    return out;
  }

  /** Characters currently held back (for tests and the memory benchmark). */
  get held(): number {
    return this.pending.length;
  }

  private redact(text: string): string {
    return redactText(this.scanner, text);
  }

  /** A line longer than MAX_LINE: emit most of it, keeping any finding near the cut whole in the tail. */
  private cutLongLine(): string {
    const text = this.pending;
    const findings = this.scanner.scan(text, { suppressions: false });
    let cut = text.length - this.overlap;
    for (const f of findings) if (f.end > cut) cut = Math.min(cut, Math.max(0, f.start - CONTEXT));
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
    if (cut <= 0) return '';
    this.pending = text.slice(cut);
    return applyMasks(
      text.slice(0, cut),
      maskedSpans(findings).filter((f) => f.end <= cut),
    );
  }
}

/**
 * A Transform stream (bytes in, bytes out) around a Redactor; multi-byte characters may split anywhere. What
 * is not masked comes out byte for byte, bytes that are not UTF-8 included (byteText.ts).
 */
export function createRedactStream(scanner: Scanner): Transform {
  const redactor = new Redactor(scanner);
  const decoder = new ByteTextDecoder();
  const emit = (out: string) => (out.length > 0 ? encodeByteText(out) : undefined);
  return new Transform({
    transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback) {
      done(null, emit(redactor.push(typeof chunk === 'string' ? chunk : decoder.write(chunk))));
    },
    flush(done: TransformCallback) {
      done(null, emit(redactor.push(decoder.end()) + redactor.end()));
    },
  });
}
