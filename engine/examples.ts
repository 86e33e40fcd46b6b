// Deterministic generator for rule examples. Secrets in tests are built at run time from a seed, never
// committed as literals, so the repository itself stays clean for every secret scanner.
import { base62, crc32 } from './validators/checksums';
import type { ExampleGen } from './types';

export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
export const PART_START = '\u0003';
export const PART_END = '\u0004';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createExampleGen(seed = 1): ExampleGen {
  const rand = prng(seed);
  const chars = (alphabet: string, length: number) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
    return out;
  };
  return {
    s: (value) => MARK_START + value + MARK_END,
    p: (value) => PART_START + value + PART_END,
    chars,
    alnum: (n) => chars(ALNUM, n),
    lower: (n) => chars('abcdefghijklmnopqrstuvwxyz', n),
    upper: (n) => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n),
    digits: (n) => chars('0123456789', n),
    hex: (n) => chars('0123456789abcdef', n),
    base64: (n) => chars(B64, n),
    base64url: (n) => chars(B64URL, n),
    crc32Token: (prefix, bodyLength) => {
      const body = chars(ALNUM, bodyLength);
      return prefix + body + base62(crc32(body), 6);
    },
    uuid: () => {
      const h = chars('0123456789abcdef', 32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    },
    pick: (items) => items[Math.floor(rand() * items.length)]!,
  };
}

/**
 * Strips the markers and returns the clean text plus the expected [start, end) spans of the values and of
 * the other parts of their credentials.
 */
export function unmark(marked: string): { text: string; spans: [number, number][]; parts: [number, number][] } {
  const spans: [number, number][] = [];
  const parts: [number, number][] = [];
  let text = '';
  let open = -1;
  let partOpen = -1;
  for (const ch of marked) {
    if (ch === MARK_START) open = text.length;
    else if (ch === MARK_END) {
      spans.push([open, text.length]);
      open = -1;
    } else if (ch === PART_START) partOpen = text.length;
    else if (ch === PART_END) {
      parts.push([partOpen, text.length]);
      partOpen = -1;
    } else text += ch;
  }
  return { text, spans, parts };
}
