// What every built-in rule must carry (issue 16), checked for all rules at once so the failure lists every
// rule that falls short: examples of both kinds (at least two each), a known family, a revocation URL or a
// note saying what to do instead, a variable name for Move to .env; and no two rules claiming one example
// (each positive example is reported by its own rule after overlap resolution, priority deciding ties).
import assert from 'node:assert/strict';
import { builtinRules, createScanner } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { FAMILY_TITLES } from '../../../../report/ruleCatalog';
import type { Rule } from '../../../../engine/types';

const FAMILIES = new Set<string>(FAMILY_TITLES.map(([f]) => f).filter((f) => f !== 'custom'));

/** The shortcomings of one rule's metadata; empty when complete. */
export function metadataProblems(rule: Rule, seed = 7): string[] {
  const problems: string[] = [];
  const g = createExampleGen(seed);
  const positives = rule.examples.positives(g);
  const negatives = rule.examples.negatives(g);
  if (positives.length < 2) problems.push(`${positives.length} positive example(s), needs 2`);
  if (negatives.length < 2) problems.push(`${negatives.length} negative example(s), needs 2`);
  if (!FAMILIES.has(rule.family)) problems.push(`family "${rule.family}" is not one of ${[...FAMILIES].join(', ')}`);
  if (rule.revocationUrl === null) {
    if ((rule.revocationNote ?? '').trim().length < 20) problems.push('revocationUrl null needs a revocationNote saying what to do instead');
  } else if (!/^https:\/\/\S+$/.test(rule.revocationUrl)) problems.push('revocationUrl must be an https URL');
  if (!/^[A-Z][A-Z0-9_]*$/.test(rule.envName)) problems.push(`envName "${rule.envName}" is not an environment variable name`);
  if (!/^https:\/\/\S+$/.test(rule.docsUrl)) problems.push('docsUrl must be an https URL');
  return problems;
}

describe('rule completeness (issue 16)', () => {
  it('the check can fail: a rule with one example of each kind, no family, no revocation and no env name', () => {
    const base = builtinRules.find((r) => r.id === 'stripe-live-secret-key')!;
    const bad = { ...base, family: 'nope', revocationUrl: null, revocationNote: undefined, envName: 'stripe key', examples: { positives: () => ['x'], negatives: () => ['y'] } } as unknown as Rule;
    assert.equal(metadataProblems(bad).length, 5, metadataProblems(bad).join('; '));
    assert.deepEqual(metadataProblems(base), []);
  });

  it('every built-in rule has ≥ 2 positive and ≥ 2 negative examples, a family, a revocation URL or note, an env name', () => {
    const failing = builtinRules.map((r) => [r.id, metadataProblems(r)] as const).filter(([, p]) => p.length > 0);
    assert.deepEqual(
      failing.map(([id, p]) => `${id}: ${p.join('; ')}`),
      [],
      `${failing.length} rule(s) fall short`,
    );
  });

  it('no two rules claim the same example: each positive is reported by its own rule over the whole rule set', function () {
    this.timeout(120_000);
    const scanner = createScanner();
    const claimed: string[] = [];
    for (const rule of builtinRules) {
      const g = createExampleGen(101);
      rule.examples.positives(g).forEach((marked, i) => {
        const { text, spans } = unmark(marked);
        const findings = scanner.scan(text);
        for (const [start, end] of spans) {
          const at = findings.filter((f) => f.start < end && start < f.end);
          const own = at.some((f) => f.ruleId === rule.id && f.start === start && f.end === end);
          if (!own) claimed.push(`${rule.id} positive #${i + 1}: reported as ${at.map((f) => f.ruleId).join(', ') || 'nothing'}`);
        }
      });
    }
    assert.deepEqual(claimed, [], `${claimed.length} example(s) claimed by another rule or missed`);
  });
});
