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

  it('every windowed rule keeps the contract: each match of its positives contains one of its keywords', () => {
    const g = createExampleGen(5);
    for (const rule of builtinRules.filter((r) => r.keywordWindow)) {
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
      for (const marked of rule.examples.positives(g)) {
        const { text } = unmark(marked);
        for (const m of text.matchAll(re)) {
          const found = m[0].toLowerCase();
          assert.ok(rule.keywords.some((k) => found.includes(k)), `${rule.id}: a match without a keyword`);
        }
      }
    }
  });
});
