// Secrets split across string literals (`"ghp_abc" +\n "def"`, Python's implicit `"ab"\n "cd"`, PHP's
// `.`): the chain is joined into one virtual line so every rule sees the whole value, and each character
// keeps its offset in the real text so findings point at the original span.

import { lineStartNear } from './lineStartNear';

/** A rewritten view of part of a text that rules can scan, with a map back to the original offsets. */
export interface VirtualText {
  /** The line's text before the first literal, then the joined contents in one pair of quotes. */
  text: string;
  /** For each character of `text`, the offset where it starts in the original text. */
  offsets: number[];
  /** For each character of `text`, the offset where it ends (exclusive) in the original text. */
  ends: number[];
  /** Offsets in `text` of the rewrites (a later literal's start, a decoded escape): a finding must touch one to be new. */
  joins: number[];
  /** The path the view is scanned under, when it differs from the file's (an export's messages are prose). */
  path?: string;
}

export type JoinedLiteral = VirtualText;

/**
 * One string literal on a line: double or single quotes, escapes allowed, no line breaks; 1 to 500 characters
 * or escapes. nextLiteral finds exactly what this regex finds, by hand: a quote's literal is read once, where
 * the regex's alternation per character cost a backtracking entry each (its share of a scan was the largest of
 * any regex).
 */
// const LITERAL = /"(?:[^"\\\r\n]|\\.){1,500}"|'(?:[^'\\\r\n]|\\.){1,500}'/g;
const MAX_LITERAL_UNITS = 500;

/**
 * The first literal (as LITERAL above would match it) starting at or after `from`, as [start, end), or undefined.
 * `quotes` finds the quotes (asked at positions that never decrease).
 */
function nextLiteral(text: string, from: number, quotes: (at: number) => number): [number, number] | undefined {
  for (let p = quotes(from); p >= 0; p = quotes(p + 1)) {
    const found = literalAt(text, p);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The literal (as LITERAL above would match it) opened by the quote at `p`, as [start, end), or undefined. */
function literalAt(text: string, p: number): [number, number] | undefined {
  const n = text.length;
  const quote = text.charCodeAt(p);
  let units = 0;
  for (let i = p + 1; i < n && units <= MAX_LITERAL_UNITS; units++) {
    const c = text.charCodeAt(i);
    if (c === quote) return units >= 1 ? [p, i + 1] : undefined;
    if (c === 10 || c === 13) return undefined;
    if (c === 92) {
      // `\.`: any character but a line terminator after the backslash.
      const d = text.charCodeAt(i + 1);
      if (i + 1 >= n || d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return undefined;
      i += 2;
    } else i++;
  }
  return undefined;
}

/** What may sit between two literals of one chain: an operator and/or a line break with indentation. */
const JOIN = /^[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*(?:\r?\n[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*)?$/;
/** The longest text between two joined literals. */
const MAX_GAP = 80;

/** Whether `c` is a character JOIN allows between two literals (space, tab, `+ . & |`, CR, LF). */
function gapChar(c: number): boolean {
  return c === 32 || c === 9 || c === 43 || c === 46 || c === 38 || c === 124 || c === 13 || c === 10;
}

/**
 * Cheap test: whether the quote at `q` is followed by an operator or a line break and another quote, as the
 * regex `["'][ \t]{0,80}(?:[+.&]|\r?\n)[ \t\r\n+.&|]{0,160}["']` matches there, by hand (the regex, run over
 * every text, was a scan's costliest search for a quote). Blanks, then the operator or break, then one bounded
 * run of joiners: three unbounded blank runs backtracked cubically (`"+` and 5,000 spaces never finished).
 * Texts with no such quote get no chains, not even of literals joined by blanks alone.
 */
function mayConcatenateAt(text: string, q: number): boolean {
  let p = q + 1;
  for (let c = text.charCodeAt(p); (c === 32 || c === 9) && p - q <= 80; c = text.charCodeAt(++p));
  if (p - q - 1 > 80) return false;
  const c = text.charCodeAt(p);
  if (c === 43 || c === 46 || c === 38 || c === 10) p++;
  else if (c === 13 && text.charCodeAt(p + 1) === 10) p += 2;
  else return false;
  const run = p;
  while (p - run <= 160 && gapChar(text.charCodeAt(p))) p++;
  if (p - run > 160) return false;
  const d = text.charCodeAt(p);
  return d === 34 || d === 39;
}

/**
 * Every chain of two or more literals joined by JOIN, in text order. The literals are the ones a left-to-right
 * reading finds (nextLiteral from the start, each search going on after the last literal), but that reading is
 * only done where a chain can be: a link needs a quote, at most MAX_GAP characters JOIN allows, and the same
 * quote, which few quotes have. A literal never holds a CR or LF, so the reading from a line's first character
 * finds that line's literals exactly as the reading from the text's start does: it restarts on the line of the
 * next such quote. Between the two quotes of a link there is no quote, so when the first literal is read, the
 * second is the literal read at the second quote, if there is one.
 */
export function concatenatedLiterals(text: string): JoinedLiteral[] {
  const gate = nextOf(text, '"', "'");
  let q = gate(0);
  while (q >= 0 && !mayConcatenateAt(text, q)) q = gate(q + 1);
  if (q < 0) return [];
  const out: JoinedLiteral[] = [];
  let chain: { start: number; end: number }[] = [];
  const flush = () => {
    if (chain.length >= 2) out.push(join(text, chain));
    chain = [];
  };
  // The reading's state: the last literal read (undefined: none yet) and where it goes on from.
  let current: [number, number] | undefined;
  let from = 0;
  const breaks = nextOf(text, '\n', '\r');
  const readQuotes = nextOf(text, '"', "'");
  /** The literal the reading finds ending at `end` (its closing quote at end - 1), or undefined. */
  const literalEndingAt = (end: number): [number, number] | undefined => {
    while (current === undefined || current[1] < end) {
      // Lines before the quote's own hold no literal that matters here: the reading restarts after the last break.
      for (let b = breaks(from); b >= 0 && b < end - 1; b = breaks(from)) from = b + 1;
      current = nextLiteral(text, from, readQuotes);
      if (current === undefined) {
        // No literal after `from`: none after any later position either.
        from = text.length;
        return undefined;
      }
      from = current[1];
    }
    return current[1] === end ? current : undefined;
  };
  const n = text.length;
  const sites = nextOf(text, '"', "'");
  for (let q = sites(0); q >= 0; q = sites(q + 1)) {
    const quote = text.charCodeAt(q);
    let q2 = q + 1;
    while (q2 < n && q2 - q - 1 <= MAX_GAP && gapChar(text.charCodeAt(q2))) q2++;
    if (q2 >= n || q2 - q - 1 > MAX_GAP || text.charCodeAt(q2) !== quote) continue;
    // The gap first (a TypeScript union's `'a' | 'b'` fails it): skipped quotes leave the reading to go on later, from the same line.
    if (!JOIN.test(text.slice(q + 1, q2))) continue;
    const first = literalEndingAt(q + 1);
    if (first === undefined) continue;
    const second = literalAt(text, q2);
    if (second === undefined) continue;
    const last = chain[chain.length - 1];
    if (last === undefined || last.end !== first[1]) {
      flush();
      chain.push({ start: first[0], end: first[1] });
    }
    chain.push({ start: second[0], end: second[1] });
  }
  flush();
  return out;
}

/**
 * The first occurrence of either of two characters at or after a position, or -1; asked at positions that never
 * decrease, so each character's search (indexOf, far faster than a regex over the text) covers the text once.
 */
function nextOf(text: string, a: string, b: string): (at: number) => number {
  let na = -2;
  let nb = -2;
  return (at) => {
    if (na !== -1 && na < at) na = text.indexOf(a, at);
    if (nb !== -1 && nb < at) nb = text.indexOf(b, at);
    return na < 0 ? nb : nb < 0 ? na : Math.min(na, nb);
  };
}

function join(text: string, chain: { start: number; end: number }[]): JoinedLiteral {
  const first = chain[0]!;
  let lineStart = lineStartNear(text, first.start, first.start - 200);
  // `NAME = (` or `String name =` on the line before: keep that line, it holds the name.
  if (/^[\s([{]*$/.test(text.slice(lineStart, first.start)) && lineStart > 0) {
    lineStart = lineStartNear(text, lineStart - 1, first.start - 200);
  }
  // Drop the line break and an opening bracket between the name and the first literal (`NAME = (\n    "…`).
  let prefixEnd = first.start;
  while (prefixEnd > lineStart && /[\s([{]/.test(text.charAt(prefixEnd - 1))) prefixEnd--;
  // Slices joined once, not a string grown one character at a time (ropes and garbage on big files).
  const parts = [text.slice(lineStart, prefixEnd)];
  const offsets: number[] = [];
  const joins: number[] = [];
  for (let i = lineStart; i < prefixEnd; i++) offsets.push(i);
  if (prefixEnd < first.start) {
    parts.push(' ');
    offsets.push(first.start);
  }
  parts.push(text.charAt(first.start));
  offsets.push(first.start);
  for (const [n, lit] of chain.entries()) {
    if (n > 0) joins.push(offsets.length);
    parts.push(text.slice(lit.start + 1, lit.end - 1));
    for (let i = lit.start + 1; i < lit.end - 1; i++) offsets.push(i);
  }
  const last = chain[chain.length - 1]!;
  parts.push(text.charAt(last.end - 1));
  offsets.push(last.end - 1);
  return { text: parts.join(''), offsets, ends: offsets.map((o) => o + 1), joins };
}
