// Every built-in rule is checked against its own true and false positives (gitleaks' Validate habit).
import assert from 'node:assert/strict';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules, createScanner } from '../../../../engine';

const scanner = createScanner();

describe('built-in rules', () => {
  it('have unique kebab-case ids and complete metadata', () => {
    const ids = new Set<string>();
    for (const rule of builtinRules) {
      assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
      assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.provider && rule.description, `${rule.id}: provider/description`);
      assert.ok(/\(\?<secret>/.test(rule.pattern.source), `${rule.id}: pattern needs a (?<secret>) group`);
      // No keywords only for a rule limited to paths (a file whose format has no word to find: bareLineCredentialFiles.ts).
      assert.ok((rule.keywords.length > 0 || rule.appliesToPath !== undefined) && rule.keywords.every((k) => k === k.toLowerCase()), `${rule.id}: lower-case keywords`);
      assert.match(rule.docsUrl, /^https:\/\//, `${rule.id}: docsUrl`);
      assert.ok(rule.revocationUrl?.startsWith('https://') || (rule.revocationUrl === null && rule.revocationNote), `${rule.id}: revocation URL or note`);
      assert.match(rule.envName, /^[A-Z][A-Z0-9_]*$/, `${rule.id}: envName`);
    }
  });

  for (const rule of builtinRules) {
    describe(rule.id, () => {
      const g = createExampleGen(hashSeed(rule.id));
      const positives = rule.examples.positives(g);
      const negatives = rule.examples.negatives(g);

      it('has examples of both kinds', () => {
        assert.ok(positives.length > 0, 'no true positives');
        assert.ok(negatives.length > 0, 'no false positives');
      });

      positives.forEach((marked, i) => {
        it(`finds true positive #${i + 1}`, () => {
          const { text, spans, parts } = unmark(marked);
          assert.ok(spans.length > 0, 'example marks no secret');
          const findings = scanner.scan(text).filter((f) => f.ruleId === rule.id);
          const found = findings.map((f) => [f.start, f.end]);
          for (const span of spans)
            assert.deepEqual(
              found.find((f) => f[0] === span[0] && f[1] === span[1]),
              span,
              `expected ${rule.id} at ${span} in ${JSON.stringify(mask(text))}; found ${JSON.stringify(found)}`,
            );
          // The other parts of the credential, exactly those marked, ride on the value's finding.
          const marked_ = findings.filter((f) => spans.some(([s, e]) => f.start === s && f.end === e));
          const related = marked_.flatMap((f) => (f.related ?? []).map((r) => [r.start, r.end]));
          assert.deepEqual(
            related.sort((a, b) => a[0]! - b[0]!),
            parts,
            `related parts of ${rule.id} in ${JSON.stringify(mask(text))}`,
          );
        });
      });

      negatives.forEach((text, i) => {
        it(`ignores false positive #${i + 1}`, () => {
          const found = scanner.scan(text).filter((f) => f.ruleId === rule.id);
          assert.equal(found.length, 0, `unexpected ${rule.id} in ${JSON.stringify(mask(text))}`);
        });
      });
    });
  }
});

function hashSeed(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Failure messages show the shape of the text, not generated values verbatim. */
function mask(text: string): string {
  return text.length > 160 ? text.slice(0, 160) + '…' : text;
}
