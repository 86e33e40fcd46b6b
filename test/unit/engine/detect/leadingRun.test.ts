// windowHas starts a value pattern where its opening class run can start (leadingRun.ts): the answer must be the plain
// regex's, for every built-in value pattern, on texts of runs of every length around the patterns' own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import { leadingRunOf } from '../../../../engine/detect/leadingRun';
import { searchFlags, windowHas, WINDOW_MARGIN } from '../../../../engine/detect/regexWindow';

/** windowHas as it was before the fast path: the regex from the window's start. */
function reference(value: RegExp, text: string, from: number, to: number): boolean {
  const whole = from === 0 && to === text.length;
  const sliceStart = whole ? 0 : Math.max(0, from - WINDOW_MARGIN);
  const part = whole ? text : text.slice(sliceStart, Math.min(text.length, to + WINDOW_MARGIN));
  value.lastIndex = from - sliceStart;
  const m = value.exec(part);
  return m !== null && m.index < to - sliceStart;
}

const valuePatterns = [...new Map(builtinRules.flatMap((r) => (r.secretPattern ? [r.secretPattern] : [])).map((p) => [`${p.flags}/${p.source}`, new RegExp(p.source, searchFlags(p.flags))] as const)).values()];

describe('leading class runs of value patterns', () => {
  it('are read for the long runs, and not for alternatives, negated classes or case folding', () => {
    assert.equal(leadingRunOf(/[A-Za-z0-9+/]{86}==/g)?.min, 86);
    assert.equal(leadingRunOf(/[A-Za-z0-9_-]{20,40}/g)?.inClass['-'.charCodeAt(0)], 1);
    assert.equal(leadingRunOf(/[a-z]{8}/g), null);
    assert.equal(leadingRunOf(/[A-Za-z0-9_-]{43}|[A-Za-z0-9]{84}/g), null);
    assert.equal(leadingRunOf(/[^\s]{20}/g), null);
    assert.equal(leadingRunOf(/[a-z]{20}/gi), null);
    assert.equal(leadingRunOf(/[\w]{20}/g), null);
    assert.ok(valuePatterns.filter((p) => leadingRunOf(p) !== null).length >= 10, 'few built-in value patterns have a long leading run');
  });

  it("windowHas gives the plain regex's answer on generated runs, whole texts and windows", () => {
    const g = createExampleGen(22);
    // Window positions from a seeded LCG (the generator gives strings and picks).
    let seed = 22;
    const unit = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = [' ', '\n', '=', '==', '-', '_', '+', '/', '.', '"', 'é', '\u{1F600}'];
    let checked = 0;
    let trueCount = 0;
    for (let t = 0; t < 100; t++) {
      // Runs of lengths near every pattern's own, joined by separators (some of them inside the classes).
      let text = '';
      while (text.length < 600) {
        const n = g.pick([1, 5, 15, 16, 20, 23, 24, 25, 31, 32, 33, 40, 43, 44, 54, 63, 64, 85, 86, 87, 100, 140]);
        text += g.pick([g.alnum(n), g.hex(n), g.lower(n), g.digits(n), g.base64(n)]) + g.pick(pieces);
      }
      for (const value of valuePatterns) {
        const windows: [number, number][] = [[0, text.length]];
        for (let k = 0; k < 6; k++) {
          const from = Math.floor(unit() * text.length);
          windows.push([from, Math.min(text.length, from + 1 + Math.floor(unit() * 300))]);
        }
        for (const [from, to] of windows) {
          const expected = reference(value, text, from, to);
          assert.equal(windowHas(value, text, from, to), expected, `${value.source} [${from}, ${to})`);
          checked++;
          if (expected) trueCount++;
        }
      }
    }
    assert.ok(trueCount > 1000 && checked - trueCount > 1000, `${trueCount} of ${checked} windows hold a value`);
  });

  it("windowHas gives the plain regex's answer on this repository's sources", () => {
    const root = join(__dirname, '..', '..', '..', '..', '..');
    const files = ['engine/detect/scan.ts', 'engine/detect/prefilter.ts', 'docs/benchmarks.md', 'package-lock.json'].map((f) => readFileSync(join(root, f), 'utf8'));
    for (const text of files)
      for (const value of valuePatterns.filter((p) => leadingRunOf(p) !== null))
        for (let from = 0; from < text.length; from += 997) {
          const to = Math.min(text.length, from + 400);
          assert.equal(windowHas(value, text, from, to), reference(value, text, from, to), `${value.source} [${from}, ${to})`);
        }
  });
});
