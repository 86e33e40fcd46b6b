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
}

export type JoinedLiteral = VirtualText;

/**
 * One string literal on a line: double or single quotes, escapes allowed, no line breaks; 1 to 500 characters
 * or escapes. nextLiteral finds exactly what this regex finds, by hand: a quote's literal is read once, where
 * the regex's alternation per character cost a backtracking entry each (its share of a scan was the largest of
 * any regex).
 */
// const LITERAL = /"(?:[^"\\\r\n]|\\.){1,500}"|'(?:[^'\\\r\n]|\\.){1,500}'/g;
const QUOTE = /["']/g;
const MAX_LITERAL_UNITS = 500;

/** The first literal (as LITERAL above would match it) starting at or after `from`, as [start, end), or undefined. */
function nextLiteral(text: string, from: number): [number, number] | undefined {
  const n = text.length;
  for (let p = from; ; p++) {
    QUOTE.lastIndex = p;
    if (QUOTE.exec(text) === null) return undefined;
    p = QUOTE.lastIndex - 1;
    const quote = text.charCodeAt(p);
    let units = 0;
    for (let i = p + 1; i < n && units <= MAX_LITERAL_UNITS; units++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (units >= 1) return [p, i + 1];
        break;
      }
      if (c === 10 || c === 13) break;
      if (c === 92) {
        // `\.`: any character but a line terminator after the backslash.
        const d = text.charCodeAt(i + 1);
        if (i + 1 >= n || d === 10 || d === 13 || d === 0x2028 || d === 0x2029) break;
        i += 2;
      } else i++;
    }
  }
}
/** What may sit between two literals of one chain: an operator and/or a line break with indentation. */
const JOIN = /^[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*(?:\r?\n[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*)?$/;
/** Cheap test: some literal is followed by an operator or a line break and another literal. One bounded
 * run of joiners after the operator, not three unbounded blank runs: those backtracked cubically (`"+`
 * and 5,000 spaces never finished). Matches a superset of what JOIN accepts. */
const MAY_CONCATENATE = /["'][ \t]{0,80}(?:[+.&]|\r?\n)[ \t\r\n+.&|]{0,160}["']/;

export function concatenatedLiterals(text: string): JoinedLiteral[] {
  if (!MAY_CONCATENATE.test(text)) return [];
  const out: JoinedLiteral[] = [];
  let chain: { start: number; end: number }[] = [];
  const flush = () => {
    if (chain.length >= 2) out.push(join(text, chain));
    chain = [];
  };
  let found: [number, number] | undefined;
  for (let from = 0; (found = nextLiteral(text, from)) !== undefined; from = found[1]) {
    const lit = { start: found[0], end: found[1] };
    const prev = chain[chain.length - 1];
    if (prev && !(text.charAt(prev.end - 1) === text.charAt(lit.start) && lit.start - prev.end <= 80 && JOIN.test(text.slice(prev.end, lit.start)))) flush();
    chain.push(lit);
  }
  flush();
  return out;
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
