// Exact-span ties between rules are settled by Rule.priority and then the rule id, never by the order of the
// rules array: shuffling the rules must not change a single finding.
import assert from 'node:assert/strict';
import { builtinRules, createScanner } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { rulePriority } from '../../../../engine/detect/rulePriority';
import type { Finding, Rule } from '../../../../engine/types';

/** Deterministic Fisher-Yates with its own small generator, so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.envName}`);

/** Every rule's own examples (positives and near misses) from two seeds, plus texts where rules tie. */
function exampleCorpus(): string[] {
  const texts: string[] = [];
  for (const seed of [11]) {
    for (const r of builtinRules) {
      const g = createExampleGen(seed);
      for (const marked of r.examples.positives(g)) texts.push(unmark(marked).text);
      texts.push(...r.examples.negatives(g));
    }
  }
  return texts;
}

function ruleById(id: string): Rule {
  const r = builtinRules.find((x) => x.id === id);
  assert.ok(r, id);
  return r;
}

describe('rule priority (exact-span ties)', () => {
  it('is declared by every built-in rule', () => {
    const missing = builtinRules.filter((r) => r.priority === undefined).map((r) => r.id);
    assert.deepEqual(missing, []);
    assert.equal(ruleById('generic-secret-assignment').priority, 'generic');
    assert.equal(ruleById('jwt').priority, 'format');
    assert.equal(ruleById('github-personal-access-token').priority, 'checksum');
  });

  it('defaults by family for rules that do not declare one (custom rules)', () => {
    const base = { id: 'x', provider: 'x', description: 'x', keywords: [], pattern: /(?<secret>x)/, envName: 'X', docsUrl: '', revocationUrl: null, examples: { positives: () => [], negatives: () => [] } };
    assert.equal(rulePriority({ ...base, family: 'custom' }), 'prefix');
    assert.equal(rulePriority({ ...base, family: 'generic' }), 'generic');
    assert.equal(rulePriority({ ...base, family: 'token-format' }), 'format');
  });

  // One test per order, so each gets its own time budget on a loaded machine (the example corpus grows with every rule).
  describe('gives the same findings for every order of the rules on all rule examples', () => {
    let texts: string[] = [];
    let expected: string[][] = [];
    before(function () {
      this.timeout(120_000);
      texts = exampleCorpus();
      const reference = createScanner();
      expected = texts.map((t) => summary(reference.scan(t)));
    });
    it('the corpus is mostly findings', () => {
      assert.ok(expected.filter((x) => x.length > 0).length > texts.length / 3, 'the corpus should be mostly findings');
    });
    const orders: [string, () => readonly Rule[]][] = [
      ['reversed', () => [...builtinRules].reverse()],
      ['shuffle 1', () => shuffled(builtinRules, 1)],
      ['shuffle 2', () => shuffled(builtinRules, 2)],
    ];
    for (const [name, rulesOf] of orders) {
      it(name, function () {
        this.timeout(120_000);
        const scanner = createScanner({ rules: rulesOf() });
        const differing = texts.map((t, i) => ({ i, got: summary(scanner.scan(t)) })).filter(({ i, got }) => got.join('|') !== expected[i]!.join('|'));
        assert.deepEqual(
          differing.slice(0, 3).map(({ i, got }) => ({ text: i, expected: expected[i], got })),
          [],
          `${name}: ${differing.length} of ${texts.length} texts differ`,
        );
      });
    }
  });

  describe('known ties go to the stronger rule in either order', () => {
    const g = createExampleGen(5);
    const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
    const jwt = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: 'https://tenant.auth0.com/', sub: g.alnum(20), aud: 'https://tenant.auth0.com/api/v2/' })}.${g.base64url(86)}`;
    const ghp = g.crc32Token('ghp_', 30);
    const ties: { winner: string; loser: string; text: string }[] = [
      { winner: 'auth0-management-token', loser: 'jwt', text: `AUTH0_MANAGEMENT_TOKEN="${jwt}"\n` }, // context > format
      { winner: 'github-personal-access-token', loser: 'basic-auth-url', text: `git clone https://x-access-token:${ghp}@github.com/o/r.git\n` }, // checksum > format
      { winner: 'jfrog-reference-token', loser: 'jfrog-identity-token', text: `JFROG_TOKEN=cmVmd${g.alnum(59)}\n` }, // prefix > context
    ];
    for (const { winner, loser, text } of ties) {
      it(`${winner} over ${loser}`, () => {
        const pair = [ruleById(winner), ruleById(loser)];
        for (const rules of [pair, [...pair].reverse()]) {
          const found = createScanner({ rules }).scan(text);
          assert.deepEqual(
            found.map((f) => f.ruleId),
            [winner],
            rules.map((r) => r.id).join(' then '),
          );
          // Each rule alone does match the same span: this really is a tie.
          const alone = rules.map((r) =>
            createScanner({ rules: [r] })
              .scan(text)
              .map((f) => `${f.start}-${f.end}`),
          );
          assert.deepEqual(alone[0], alone[1]);
        }
      });
    }

    it('equal priorities go to the smaller rule id', () => {
      const rule = (id: string): Rule => ({
        id,
        provider: 'Acme',
        family: 'saas',
        priority: 'prefix',
        description: 'Acme key',
        keywords: ['acme_'],
        pattern: /(?<secret>acme_[a-z0-9]{20})/,
        envName: 'ACME_KEY',
        docsUrl: 'https://example.invalid',
        revocationUrl: null,
        examples: { positives: () => [], negatives: () => [] },
      });
      const text = `k = "acme_${g.lower(20)}"`;
      for (const ids of [
        ['acme-b', 'acme-a'],
        ['acme-a', 'acme-b'],
      ]) {
        assert.deepEqual(
          createScanner({ rules: ids.map(rule) })
            .scan(text)
            .map((f) => f.ruleId),
          ['acme-a'],
        );
      }
    });

    it('two rules matching in a percent-decoded URL both reach the tie-break', () => {
      const password = g.alnum(18);
      const text = `curl -s "https://api.example.com/v2/items?limit=10&connection_string=Server%3Ddb.internal%3BDatabase%3Dapp%3BUser%20Id%3Dsvc%3BPassword%3D${password}%3B"\n`;
      const pair = [ruleById('connection-string-password'), ruleById('generic-secret-assignment')];
      for (const rules of [pair, [...pair].reverse()]) {
        assert.deepEqual(
          createScanner({ rules })
            .scan(text)
            .map((f) => f.ruleId),
          ['connection-string-password'],
          rules.map((r) => r.id).join(' then '),
        );
      }
    });
  });
});
