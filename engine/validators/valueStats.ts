// Value statistics used to tell random secrets from words, identifiers and filler. Raw Shannon entropy
// alone cannot: `SignInPasswordRequired` scores higher than many real 12-character passwords. Words are
// recognised by their letter trigrams (engine/validators/wordTrigrams.ts, derived from an English word list).
import { WORD_TRIGRAMS } from './wordTrigrams';

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Letter runs split at case changes: `getHTTPToken_v2` → get, HTTP, Token, v. */
export function letterSegments(value: string): string[] {
  return value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
}

let trigrams: Set<string> | undefined;

function wordTrigrams(): Set<string> {
  if (!trigrams) {
    trigrams = new Set();
    for (let i = 0; i + 3 <= WORD_TRIGRAMS.length; i += 3) trigrams.add(WORD_TRIGRAMS.slice(i, i + 3));
  }
  return trigrams;
}

/**
 * A letter run shaped like an English word: most of its letter trigrams (with word boundaries) are common
 * in English words. Random letters rarely are (about 3% of random runs pass, 98% of words do).
 */
export function isWordLike(segment: string): boolean {
  if (segment.length < 3) return false;
  const s = `^${segment.toLowerCase()}$`;
  const known = wordTrigrams();
  let hits = 0;
  const total = s.length - 2;
  for (let i = 0; i < total; i++) if (known.has(s.slice(i, i + 3))) hits++;
  // Short runs must be entirely common (every 4-letter run of random letters has a fair chance otherwise).
  return segment.length <= 4 ? hits === total : hits / total >= 0.7;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Share of the letters that sit in word-like segments (0 for values without letters). */
export function wordCoverage(value: string): number {
  const segments = letterSegments(value);
  const letters = segments.reduce((n, s) => n + s.length, 0);
  if (letters === 0) return 0;
  const inWords = segments.filter(isWordLike).reduce((n, s) => n + s.length, 0);
  return inWords / letters;
}

/** Made of words (`SignInPasswordRequired`, `msal:acquireTokenStart`, `P@ssw0rd2024`), not random. */
export function isWordy(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  if (letters < value.length * 0.5 && !/[@$]/.test(value)) {
    // Mostly digits/symbols: words only if what letters there are form words (`v1.2.3-beta`).
    return letters >= 3 && wordCoverage(value) >= 0.9 && /^[\w.:/-]*$/.test(value) && !/[0-9a-f]{8}/i.test(value);
  }
  if (wordCoverage(value) >= 0.6) return true;
  // Leetspeak passwords (`P@ssw0rd2024`): undo the substitutions, ignoring a trailing number.
  const unleet = value.replace(/[0-9!?.#*]+$/, '').replace(/[0134579@$]/g, (c) => LEET[c] ?? c);
  return /^[A-Za-z0-9@$!#%*?._-]{6,24}$/.test(value) && /[A-Za-z]/.test(unleet) && wordCoverage(unleet) >= 0.85;
}

/** Keyboard rows and alphabets, for `qwertyui`, `abcdefgh`, `12345678` and their reverses. */
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Filler made of one repeated character, short repeated blocks or straight sequences. */
export function isSequentialOrRepeated(value: string): boolean {
  const v = value.toLowerCase();
  if (/^(.{1,4})\1+.{0,3}$/.test(v)) return true;
  let inSequence = 0;
  for (let i = 1; i < v.length; i++) {
    const pair = v[i - 1]! + v[i]!;
    if (SEQUENCES.some((s) => s.includes(pair) || s.includes(pair[1]! + pair[0]!)) || pair[0] === pair[1]) inSequence++;
  }
  return v.length >= 6 && inSequence / (v.length - 1) >= 0.7;
}

/** Character-class counts (lower, upper, digit, other) present in the value. */
export function characterClasses(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}

/**
 * True when a value has the statistics of a generated secret: long enough, not words, not filler, and
 * either several character classes or (single-class values) length and entropy of random text.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 8 || isSequentialOrRepeated(value) || isWordy(value)) return false;
  const classes = characterClasses(value);
  const entropy = shannonEntropy(value);
  if (classes >= 2) return entropy >= Math.min(2.9, Math.log2(value.length) - 0.75);
  // One class only (all lower-case or all upper-case letters): must be long; digits alone are ids or numbers.
  return value.length >= 16 && entropy >= 3.2 && !/^[0-9]+$/.test(value);
}

/**
 * A hex literal that fits in 64 bits: a number, an address or a flag mask (`passphrase=0x00005f895f7` in a crash
 * dump), not a key (keys in hex are 128 bits and more).
 */
export function isHexNumber(value: string): boolean {
  return /^0x[0-9a-f]{1,16}$/i.test(value);
}
