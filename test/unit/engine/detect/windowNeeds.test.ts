// Rule.windowNeeds only saves work: the scan skips a window without it, so every match of the rule's pattern must
// hold a match of it inside its own span, and the findings must be the same with and without the declaration. Checked
// on the rules' own examples (several seeds), the generated corpora and the real-world dev sets.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine/detect/scan';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import type { Finding, Rule } from '../../../../engine/types';
import { buildCorpus } from '../../../../bench/quality/corpus';
import { buildRealWorldCorpus } from '../../../../bench/quality/realWorld/build';
import { REAL_WORLD_SETS } from '../../../../bench/quality/realWorld/sets';
import { HELD_OUT2_SET } from '../../../../bench/quality/realWorld/heldOut2Set';
import { TEMPLATES_A } from '../../../../bench/quality/templatesA';
import { TEMPLATES_B } from '../../../../bench/quality/templatesB';
import { TEMPLATES_C } from '../../../../bench/quality/templatesC';

const declared = builtinRules.filter((r) => r.windowNeeds);

let shared: string[] | undefined;
/** The generated corpora and the real-world dev sets (built once). */
function corpora(): string[] {
  if (shared) return shared;
  const generated = (
    [
      [TEMPLATES_A, 11],
      [TEMPLATES_B, 12],
      [TEMPLATES_C, 13],
    ] as const
  ).flatMap(([set, seed]) => buildCorpus(seed, set).files.map((f) => f.text));
  const dev = REAL_WORLD_SETS.filter((s) => s !== HELD_OUT2_SET).flatMap((s) => buildRealWorldCorpus(s).map((f) => f.text));
  return (shared = [...generated, ...dev]);
}

/** The rule's own examples under several seeds, then the corpora. */
function textsFor(rule: Rule): string[] {
  const own = [1, 2, 3, 4, 5, 6, 7].flatMap((seed) => {
    const g = createExampleGen(seed);
    return [...rule.examples.positives(g), ...rule.examples.negatives(g)].map((t) => unmark(t).text);
  });
  return [...own, ...corpora()];
}

/** Matches of the rule's pattern (tried at every position) holding no match of windowNeeds inside their span. */
function matchesWithout(rule: Rule, text: string): { matches: number; missed: number[] } {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
  const need = new RegExp(rule.windowNeeds!.source, rule.windowNeeds!.flags.replace(/[gy]/g, '') + 'g');
  const missed: number[] = [];
  let matches = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    matches++;
    need.lastIndex = m.index;
    const n = need.exec(text);
    if (n === null || n.index + n[0].length > m.index + m[0].length) missed.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return { matches, missed };
}

/** A prose path, or a code path for a rule that skips prose (Rule.appliesToPath). */
const pathFor = (rule: Rule) => (rule.appliesToPath === undefined || rule.appliesToPath('docs/notes.md') ? 'docs/notes.md' : 'src/settings.py');

const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.fingerprint}`);

describe('Rule.windowNeeds', () => {
  it('is declared on the rules it was measured on', () => {
    for (const id of ['generic-tuple-assignment', 'pin-assignment', 'uci-option-secret', 'prose-labelled-password-intl'])
      assert.ok(
        declared.some((r) => r.id === id),
        id,
      );
  });

  for (const rule of declared) {
    it(`${rule.id}: every match holds it, and the findings are the same without it`, () => {
      const texts = textsFor(rule);
      let matches = 0;
      for (const text of texts) {
        const r = matchesWithout(rule, text);
        matches += r.matches;
        assert.deepEqual(r.missed, [], JSON.stringify(text.slice(0, 120)));
      }
      assert.ok(matches >= 10, `only ${matches} matches to check`);
      const withIt = createScanner({ rules: [rule] });
      const without = createScanner({ rules: [{ ...rule, windowNeeds: undefined }] });
      const path = pathFor(rule);
      let found = 0;
      for (const text of texts) {
        const expected = summary(without.scan(text, { path }));
        found += expected.length;
        assert.deepEqual(summary(withIt.scan(text, { path })), expected);
      }
      assert.ok(found > 0, 'no findings to compare');
    });
  }
});
