// The build precomputes the built-in rules' derived data (engine/detect/precomputed.ts, filled in by esbuild.mjs):
// it must equal what the run-time computation gives, so it can never go stale.
import assert from 'node:assert/strict';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { computeMaxMatchLength, maxMatchLength } from '../../../../engine/detect/patternLength';
import { PRECOMPUTED } from '../../../../engine/detect/precomputed';
import { buildPrefilterTables, KeywordPrefilter } from '../../../../engine/detect/prefilter';
import { computeRuleData, precomputedTables, prefilterEntries } from '../../../../engine/detect/ruleData';
import { builtinRules } from '../../../../engine/rules';
import { createScanner } from '../../../../engine/detect/scan';

describe('precomputed rule data (build time)', () => {
  it('is present in the bundle and equals the run-time computation for the built-in rules', () => {
    assert.ok(PRECOMPUTED, 'esbuild.mjs did not fill in engine/detect/precomputed.ts');
    assert.deepEqual(PRECOMPUTED, computeRuleData(builtinRules));
  });

  it('gives every built-in pattern the length the parser computes', () => {
    for (const r of builtinRules) assert.equal(maxMatchLength(r.pattern.source), computeMaxMatchLength(r.pattern.source), r.id);
  });

  it('decodes to the tables the prefilter builds from the keywords', () => {
    const tables = precomputedTables(builtinRules);
    assert.ok(tables);
    assert.deepEqual(tables, buildPrefilterTables(prefilterEntries(builtinRules)));
  });

  it('is not used for a rule set it was not built for', () => {
    assert.equal(precomputedTables(builtinRules.slice(1)), undefined);
    const changed = builtinRules.map((r, i) => (i === 0 ? { ...r, keywords: [...r.keywords, 'zzzq'] } : r));
    assert.equal(precomputedTables(changed), undefined);
    const newContext = builtinRules.map((r, i) => (i === 0 ? { ...r, contextKeywords: ['zzzq'] } : r));
    assert.equal(precomputedTables(newContext), undefined);
  });

  it('finds the same candidates from precomputed and freshly built tables', () => {
    const windows = builtinRules.map((r) => r.keywordWindow);
    const fromData = new KeywordPrefilter(precomputedTables(builtinRules)!, windows);
    const fresh = new KeywordPrefilter(prefilterEntries(builtinRules), windows);
    const g = createExampleGen(11);
    for (const r of builtinRules.slice(0, 80)) {
      for (const marked of r.examples.positives(g)) {
        const { text } = unmark(marked);
        assert.deepEqual(fromData.match(text), fresh.match(text), r.id);
      }
    }
  });
});

describe('scanner rule set', () => {
  const g = createExampleGen(3);
  const token = g.crc32Token('ghp_', 30);

  it('skips disabled rules while sharing the built-in prefilter', () => {
    assert.equal(createScanner().scan(`t = "${token}"`)[0]?.ruleId, 'github-personal-access-token');
    const off = createScanner({ config: { disabledRules: ['github-personal-access-token'], exclude: [], rules: [], ignore: [] } });
    assert.ok(!off.rules.some((r) => r.id === 'github-personal-access-token'));
    assert.ok(!off.scan(`t = "${token}"`).some((f) => f.ruleId === 'github-personal-access-token'));
  });

  it('runs custom rules (run-time tables) next to the built-in ones', () => {
    const custom = { id: 'acme-key', description: 'Acme key', pattern: 'acme_(?<secret>[a-f0-9]{32})', keywords: ['acme_'] };
    const scanner = createScanner({ config: { disabledRules: [], exclude: [], rules: [custom], ignore: [] } });
    const value = g.hex(32);
    assert.deepEqual(
      scanner.scan(`k = "acme_${value}"\nt = "${token}"`).map((f) => f.ruleId),
      ['acme-key', 'github-personal-access-token'],
    );
  });
});
