// Bytes ↔ text without loss, for `hush redact`: a log is not always UTF-8 (a Latin-1 `é`, a binary blob, a
// cut-off character) and a filter must pass what it does not mask byte for byte. Valid UTF-8 decodes as usual;
// each byte that is not part of a valid sequence becomes a lone low surrogate U+DC80+byte (Python's
// "surrogateescape"), which valid UTF-8 never produces, and is written back as that byte. The scanner sees
// the escapes as the odd characters they are; secrets are ASCII and match as before.
import { isUtf8 } from 'node:buffer';

const ESCAPE_BASE = 0xdc00;

/** Length of the sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Whether bytes[i..i+n) is one valid UTF-8 sequence (no overlong form, no surrogate, ≤ U+10FFFF). */
function validSequence(bytes: Uint8Array, i: number, n: number): boolean {
  if (i + n > bytes.length) return false;
  for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
  const b0 = bytes[i]!;
  const b1 = bytes[i + 1]!;
  if (n === 3) {
    if (b0 === 0xe0 && b1 < 0xa0) return false; // overlong
    if (b0 === 0xed && b1 >= 0xa0) return false; // a surrogate
  }
  if (n === 4) {
    if (b0 === 0xf0 && b1 < 0x90) return false; // overlong
    if (b0 === 0xf4 && b1 >= 0x90) return false; // past U+10FFFF
  }
  return true;
}

/** Decodes `bytes` completely: invalid bytes become escapes. */
function decodeEscaped(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i]!);
    if (n > 0 && validSequence(bytes, i, n)) {
      i += n;
      continue;
    }
    out += bytes.toString('utf8', runStart, i) + String.fromCharCode(ESCAPE_BASE + bytes[i]!);
    i++;
    runStart = i;
  }
  return out + bytes.toString('utf8', runStart, i);
}

/** Where a trailing sequence that may still be completed by the next chunk starts (bytes.length if none). */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const n = sequenceLength(b);
    if (n > back) {
      // Still completable only if what came so far is a valid start.
      for (let k = 1; k < back; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return bytes.length;
      return i;
    }
    return bytes.length;
  }
  return bytes.length;
}

/** A streaming decoder: a character split across chunks is decoded whole; invalid bytes become escapes. */
export class ByteTextDecoder {
  private held: Buffer = Buffer.alloc(0);

  write(chunk: Buffer): string {
    const bytes = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    this.held = Buffer.from(bytes.subarray(cut));
    return decodeEscaped(bytes.subarray(0, cut));
  }

  end(): string {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return decodeEscaped(rest);
  }
}

const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** Text back to bytes: escapes become their bytes again, everything else UTF-8. */
export function encodeByteText(text: string): Buffer {
  ESCAPED.lastIndex = 0;
  if (!ESCAPED.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let from = 0;
  ESCAPED.lastIndex = 0;
  for (let m = ESCAPED.exec(text); m; m = ESCAPED.exec(text)) {
    parts.push(Buffer.from(text.slice(from, m.index), 'utf8'), Buffer.from([text.charCodeAt(m.index) - ESCAPE_BASE]));
    from = m.index + 1;
  }
  parts.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(parts);
}
