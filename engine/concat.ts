// Secrets split across string literals (`"ghp_abc" +\n "def"`, Python's implicit `"ab"\n "cd"`, PHP's
// `.`): the chain is joined into one virtual line so every rule sees the whole value, and each character
// keeps its offset in the real text so findings point at the original span.

export interface JoinedLiteral {
  /** The line's text before the first literal, then the joined contents in one pair of quotes. */
  text: string;
  /** For each character of `text`, its offset in the original text. */
  offsets: number[];
  /** Offsets in `text` where a later literal starts (a finding must cross one to be new). */
  joins: number[];
}

/** One string literal on a line: double or single quotes, escapes allowed, no line breaks. */
const LITERAL = /"(?:[^"\\\r\n]|\\.){1,500}"|'(?:[^'\\\r\n]|\\.){1,500}'/g;
/** What may sit between two literals of one chain: an operator and/or a line break with indentation. */
const JOIN = /^[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*(?:\r?\n[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*)?$/;
/** Cheap test: some literal is followed by an operator or a line break and another literal. */
const MAY_CONCATENATE = /["'][ \t]*(?:[+.&][ \t]*\r?\n?|\r?\n)[ \t]*[+.&]?[ \t]*["']/;

export function concatenatedLiterals(text: string): JoinedLiteral[] {
  if (!MAY_CONCATENATE.test(text)) return [];
  const out: JoinedLiteral[] = [];
  let chain: { start: number; end: number }[] = [];
  const flush = () => {
    if (chain.length >= 2) out.push(join(text, chain));
    chain = [];
  };
  LITERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LITERAL.exec(text)) !== null) {
    const lit = { start: m.index, end: m.index + m[0].length };
    const prev = chain[chain.length - 1];
    if (prev && !(text.charAt(prev.end - 1) === text.charAt(lit.start) && lit.start - prev.end <= 80 && JOIN.test(text.slice(prev.end, lit.start)))) flush();
    chain.push(lit);
  }
  flush();
  return out;
}

function join(text: string, chain: { start: number; end: number }[]): JoinedLiteral {
  const first = chain[0]!;
  // At most 200 characters back: searching the whole line was quadratic on a minified one-line bundle.
  let lineStart = first.start;
  const limit = Math.max(0, first.start - 200);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // Slices joined once, not a string grown one character at a time (ropes and garbage on big files).
  const parts = [text.slice(lineStart, first.start + 1)];
  const offsets: number[] = [];
  const joins: number[] = [];
  for (let i = lineStart; i <= first.start; i++) offsets.push(i);
  for (const [n, lit] of chain.entries()) {
    if (n > 0) joins.push(offsets.length);
    parts.push(text.slice(lit.start + 1, lit.end - 1));
    for (let i = lit.start + 1; i < lit.end - 1; i++) offsets.push(i);
  }
  const last = chain[chain.length - 1]!;
  parts.push(text.charAt(last.end - 1));
  offsets.push(last.end - 1);
  return { text: parts.join(''), offsets, joins };
}
