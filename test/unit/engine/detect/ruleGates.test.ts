// Rule gates (Rule.appliesToPath, Rule.contextKeywords, Rule.appliesToText) only save work: a rule skipped by one would have reported
// nothing there. Each gated built-in rule is compared with the same rule without its gates, on its own examples
// (and copies without its context words) in paths of every kind.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine/detect/scan';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import type { Finding, Rule } from '../../../../engine/types';

const PATHS = [
  undefined,
  'build/output.log',
  'logs/app.txt',
  'src/server.ts',
  'docs/setup.md',
  'README',
  'package-lock.json',
  'yarn.lock',
  'dist/app.min.js',
  'dist/app.js.map',
  'locales/de.json',
  'api/payload.examples.json',
  'config/settings.yml',
  'deploy/run.sh',
  'notes.txt',
];

const ungated = (r: Rule): Rule => ({ ...r, appliesToPath: undefined, contextKeywords: undefined, appliesToText: undefined, secretPattern: undefined });
const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.fingerprint}`);

describe('rule gates', () => {
  const gated = builtinRules.filter((r) => r.appliesToPath || r.contextKeywords || r.appliesToText);

  it('are set on the costly generic rules', () => {
    for (const id of ['unmasked-secret-in-log', 'http-session-cookie', 'prose-labelled-password', 'generic-secret-assignment', 'row-of-credentials']) {
      assert.ok(
        gated.some((r) => r.id === id),
        id,
      );
    }
  });

  for (const rule of gated) {
    it(`${rule.id}: the same findings with and without its gates`, () => {
      const g = createExampleGen(7);
      const texts = [...rule.examples.positives(g), ...rule.examples.negatives(g)].map((t) => unmark(t).text);
      // Without the context words the gate skips the rule: it must have found nothing there anyway.
      for (const word of rule.contextKeywords ?? []) {
        const re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
        texts.push(...texts.filter((t) => re.test(t)).map((t) => t.replace(re, 'zq')));
      }
      const withGates = createScanner({ rules: [rule] });
      const without = createScanner({ rules: [ungated(rule)] });
      let found = 0;
      for (const path of PATHS) {
        for (const text of texts) {
          const a = withGates.scan(text, { path });
          assert.deepEqual(summary(a), summary(without.scan(text, { path })), `${path}: ${JSON.stringify(text.slice(0, 80))}`);
          found += a.length;
        }
      }
      assert.ok(found > 0, 'the examples found nothing in any path: the comparison proves nothing');
    });
  }

  it("secretPattern is the secret group of the rule's own pattern, with its flags (so every value matches it)", () => {
    const withValue = builtinRules.filter((r) => r.secretPattern);
    assert.ok(withValue.length > 500, `only ${withValue.length} rules name their value's pattern`);
    for (const r of withValue) {
      assert.ok(r.pattern.source.includes(`(?<secret>${r.secretPattern!.source})`), r.id);
      assert.equal(r.secretPattern!.flags, r.pattern.flags, r.id);
    }
  });

  it("secretPattern: the same findings with and without it, on the rules' examples", () => {
    const withValue = builtinRules.filter((r) => r.secretPattern);
    const g = createExampleGen(5);
    // Every 7th such rule (they share one builder), each on every example of the sample.
    const sample = withValue.filter((_, i) => i % 7 === 0);
    const texts = sample.flatMap((r) => [...r.examples.positives(g), ...r.examples.negatives(g)].map((t) => unmark(t).text));
    const a = createScanner({ rules: sample });
    const b = createScanner({ rules: sample.map(ungated) });
    let found = 0;
    for (const text of texts) {
      const fa = a.scan(text, { path: 'src/config.ts' });
      assert.deepEqual(summary(fa), summary(b.scan(text, { path: 'src/config.ts' })), JSON.stringify(text.slice(0, 80)));
      found += fa.length;
    }
    assert.ok(found >= sample.length, `${found} findings for ${sample.length} rules`);
  });

  it('skip a rule outside its paths without running its validator', () => {
    let calls = 0;
    const rule: Rule = {
      ...ungated(builtinRules.find((r) => r.id === 'unmasked-secret-in-log')!),
      appliesToPath: (p) => p === undefined || p.endsWith('.log'),
      validate: () => {
        calls++;
        return true;
      },
    };
    const scanner = createScanner({ rules: [rule] });
    const text = 'API_KEY: abcdefghijklmnop1234\n';
    assert.equal(scanner.scan(text, { path: 'src/a.ts' }).length, 0);
    assert.equal(calls, 0);
    assert.equal(scanner.scan(text, { path: 'ci/build.log' }).length, 1);
    assert.ok(calls > 0);
  });

  it("skip a rule where its text gate says no, in the text and in a rewritten view, asking with the view's own text", () => {
    let calls = 0;
    const asked: string[] = [];
    const rule: Rule = {
      ...ungated(builtinRules.find((r) => r.id === 'unmasked-secret-in-log')!),
      appliesToText: (text) => {
        asked.push(text);
        return text.includes('DUMP');
      },
      validate: () => {
        calls++;
        return true;
      },
    };
    const scanner = createScanner({ rules: [rule] });
    assert.equal(scanner.scan('API_KEY: abcdefghijklmnop1234\n').length, 0);
    assert.equal(calls, 0);
    assert.equal(scanner.scan('env DUMP\nAPI_KEY: abcdefghijklmnop1234\n').length, 1);
    assert.ok(calls > 0);
    // A view (concatenated literals) is gated on its own text: the joined value's view says DUMP, the text does not.
    asked.length = 0;
    scanner.scan('x = "API_KEY: abcdefghijkl" + "mnop1234 DU" + "MP"\n');
    assert.ok(asked.some((t) => t.includes('DUMP')) && asked.some((t) => !t.includes('DUMP')), JSON.stringify(asked));
  });

  it('skip a rule without its context words, and run it with one', () => {
    let calls = 0;
    const rule: Rule = {
      ...ungated(builtinRules.find((r) => r.id === 'unmasked-secret-in-log')!),
      contextKeywords: ['dump'],
      validate: () => {
        calls++;
        return true;
      },
    };
    const scanner = createScanner({ rules: [rule] });
    assert.equal(scanner.scan('API_KEY: abcdefghijklmnop1234\n').length, 0);
    assert.equal(calls, 0);
    assert.equal(scanner.scan('env DUMP\nAPI_KEY: abcdefghijklmnop1234\n').length, 1);
    assert.ok(calls > 0);
  });
});
