// The rewritten views' finders (concatenated literals, percent-decoded runs) search by hand where they once ran a
// regex over the whole text and read every literal in it: they must find exactly what the straightforward readings
// below find (the engine's code before that change), on generated texts rich in quotes, joiners, escapes and line
// breaks, and on the repository's own sources.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { concatenatedLiterals } from '../../../../engine/detect/joinedLiterals';
import { urlDecodedRuns } from '../../../../engine/detect/percentDecoded';

/** The literal chains as the engine found them by reading every literal from the text's start. */
function referenceChains(text: string): { start: number; end: number }[][] {
  if (!/["'][ \t]{0,80}(?:[+.&]|\r?\n)[ \t\r\n+.&|]{0,160}["']/.test(text)) return [];
  const quote = /["']/g;
  const next = (from: number): [number, number] | undefined => {
    for (let p = from; ; p++) {
      quote.lastIndex = p;
      if (quote.exec(text) === null) return undefined;
      p = quote.lastIndex - 1;
      const m = /^(?:"(?:[^"\\\r\n]|\\.){1,500}"|'(?:[^'\\\r\n]|\\.){1,500}')/.exec(text.slice(p, p + 1100));
      if (m) return [p, p + m[0].length];
    }
  };
  const join = /^[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*(?:\r?\n[ \t]*(?:\+|\.|&|\.\.|\|\|)?[ \t]*)?$/;
  const out: { start: number; end: number }[][] = [];
  let chain: { start: number; end: number }[] = [];
  const flush = () => {
    if (chain.length >= 2) out.push(chain);
    chain = [];
  };
  let found: [number, number] | undefined;
  for (let from = 0; (found = next(from)) !== undefined; from = found[1]) {
    const lit = { start: found[0], end: found[1] };
    const prev = chain[chain.length - 1];
    if (prev && !(text.charAt(prev.end - 1) === text.charAt(lit.start) && lit.start - prev.end <= 80 && join.test(text.slice(prev.end, lit.start)))) flush();
    chain.push(lit);
  }
  flush();
  return out;
}

/** Where each percent-encoded run ends, as the engine found the runs with a regex over the text. */
function referenceRunEnds(text: string): number[] {
  const escape = /%(?:2[BbFf]|3[AaDd]|40|24|21|2[Cc])/g;
  const runChar = /[A-Za-z0-9%._~+/=:-]/;
  const out: number[] = [];
  let covered = 0;
  let m: RegExpExecArray | null;
  while ((m = escape.exec(text)) !== null) {
    let start = m.index;
    while (start > 0 && m.index - start < 512 && start > covered && runChar.test(text.charAt(start - 1))) start--;
    let end = m.index + 3;
    while (end < text.length && end - m.index < 512 && runChar.test(text.charAt(end))) end++;
    covered = end;
    escape.lastIndex = end;
    if (end - start >= 16) out.push(end);
  }
  return out;
}

/** Where a view's chain literals start and end: the first and last characters' offsets in the real text. */
const chainsOf = (text: string) => concatenatedLiterals(text).map((v) => [v.joins.length, v.offsets[v.offsets.length - 1]! + 1]);
const referenceChainsOf = (text: string) => referenceChains(text).map((c) => [c.length - 1, c[c.length - 1]!.end]);

function generated(alphabet: readonly string[], count: number, seed: number): string[] {
  let s = seed;
  const rnd = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s % n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const length = 1 + rnd(70);
    for (let i = 0; i < length; i++) t += alphabet[rnd(alphabet.length)];
    if (rnd(8) === 0) t += ' '.repeat(rnd(200)) + (rnd(2) ? '+' : '\n') + ' '.repeat(rnd(200)) + '"x"';
    out.push(t);
  }
  return out;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (e.name.endsWith('.ts')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const root = join(__dirname, '..', '..', '..', '..', '..');

describe('view finders', () => {
  it('join the same literal chains as reading every literal from the start', () => {
    const alphabet = ['"', "'", ' ', '\t', '+', '.', '&', '|', '\n', '\r', '\r\n', '\\', 'a', 'b', '=', '(', '\u2028', ',', 'x'];
    for (const text of [...generated(alphabet, 40000, 1), ...sources(join(root, 'engine')), ...sources(join(root, 'test', 'unit'))]) {
      assert.deepEqual(chainsOf(text), referenceChainsOf(text), JSON.stringify(text.slice(0, 200)));
    }
    // A literal is read from its line's start: a quote left open on the line before does not shift it.
    assert.equal(concatenatedLiterals(`x = "open\ny = "ab" +\n  "cd"`).length, 1);
    // At most 80 characters between two joined literals.
    assert.equal(concatenatedLiterals(`"ab"${' '.repeat(79)}+"cd"`).length, 1);
    assert.equal(concatenatedLiterals(`"ab"${' '.repeat(80)}+"cd"`).length, 0);
    // Blanks alone join literals only in a text where some pair is joined by an operator or a line break.
    assert.equal(concatenatedLiterals(`a = "ab" "cd"`).length, 0);
    assert.equal(concatenatedLiterals(`a = "ab" "cd"\nb = "x" + "y"`).length, 2);
  });

  it('decode the same percent-encoded runs as the escape regex over the text', () => {
    const alphabet = ['%', '2', '3', '4', '0', '1', 'B', 'b', 'F', 'f', 'C', 'c', 'A', 'a', 'D', 'd', 'x', '=', '/', ' ', '\n', '\x11', '\x14', 'E'];
    for (const text of [...generated(alphabet, 40000, 2), ...sources(join(root, 'engine'))]) {
      const ends = urlDecodedRuns(text).map((v) => v.ends[v.ends.length - 1]!);
      assert.deepEqual(ends, referenceRunEnds(text), JSON.stringify(text.slice(0, 200)));
    }
  });
});
