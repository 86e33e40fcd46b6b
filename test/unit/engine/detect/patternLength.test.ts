import assert from 'node:assert/strict';
import { maxMatchLength } from '../../../../engine/detect/patternLength';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';

describe('maxMatchLength (keyword windows)', () => {
  it('bounds literals, classes, escapes, groups, alternation and bounded quantifiers', () => {
    assert.equal(maxMatchLength('abc'), 3);
    assert.equal(maxMatchLength('[a-z]{2,5}x?'), 6);
    assert.equal(maxMatchLength('(?:ab|cde){3}'), 9);
    assert.equal(maxMatchLength('(?<![A-Z])(?<s>ghp_[A-Za-z0-9]{36})(?![\\w-])'), 42);
    assert.equal(maxMatchLength('\\x41\\u0042\\d{4}'), 6);
    assert.equal(maxMatchLength('(?<alg>[A-Z]{1,3}) \\k<alg>'), 7);
    assert.equal(maxMatchLength('^a{2}$'), 2);
  });

  it('says Infinity when unbounded or unsure', () => {
    assert.equal(maxMatchLength('a+'), Infinity);
    assert.equal(maxMatchLength('a{2,}'), Infinity);
    assert.equal(maxMatchLength('(a)\\1'), Infinity);
    assert.equal(maxMatchLength('(a'), Infinity);
  });

  it('every windowed rule keeps the contract: each match of its positives lies within its window of a keyword', () => {
    const g = createExampleGen(5);
    for (const rule of builtinRules.filter((r) => r.keywordWindow)) {
      const { before, after } = rule.keywordWindow!;
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
      for (const marked of rule.examples.positives(g)) {
        const { text } = unmark(marked);
        // As the prefilter reads it: every code unit folded into ASCII (`& 127`), then A-Z folded to a-z.
        const fold = (t: string) =>
          Array.from({ length: t.length }, (_, i) => String.fromCharCode(t.charCodeAt(i) & 127))
            .join('')
            .replace(/[A-Z]/g, (c) => c.toLowerCase());
        const lower = fold(text);
        // Where the prefilter would let the rule run: [keyword start - before, keyword end + after].
        const windows: [number, number][] = [];
        // Keywords are folded the same way (`schlüssel` is looked for as the prefilter stores it).
        for (const k of rule.keywords.map(fold)) for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) windows.push([at - before, at + k.length + after]);
        for (const m of text.matchAll(re)) {
          const end = m.index + m[0].length;
          assert.ok(
            windows.some(([from, to]) => from <= m.index && end <= to),
            `${rule.id}: a match outside every keyword window`,
          );
        }
      }
    }
  });
});
