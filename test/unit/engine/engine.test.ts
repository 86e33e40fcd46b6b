import assert from 'node:assert/strict';
import { createScanner, maskSecret, parseConfig } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { hasCrc32Suffix } from '../../../engine/validators/checksums';
import { KeywordPrefilter } from '../../../engine/detect/prefilter';

const g = createExampleGen(42);
const ghp = () => g.crc32Token('ghp_', 30);

describe('engine', () => {
  it('reports offsets, fingerprint and a masked value, never the raw value', () => {
    const token = ghp();
    const text = `const t = "${token}";\n`;
    const [f] = createScanner().scan(text);
    assert.ok(f);
    assert.equal(text.slice(f.start, f.end), token);
    assert.match(f.fingerprint, /^github-personal-access-token:[0-9a-f]{16}$/);
    assert.equal(f.masked, `ghp_…${token.slice(-4)}`);
    assert.ok(!JSON.stringify(f).includes(token));
  });

  it('masks short values without revealing their tail', () => {
    assert.equal(maskSecret('hunter22'), '…');
    assert.equal(maskSecret('sk_live_' + 'a'.repeat(20) + 'WXYZ', /^sk_live_/), 'sk_live_…WXYZ');
  });

  it('checks the GitHub CRC32 suffix', () => {
    assert.ok(hasCrc32Suffix(ghp(), 4));
    assert.ok(!hasCrc32Suffix('ghp_' + 'a'.repeat(36), 4));
  });

  it('prefilter flags only rules whose keyword occurs, case-insensitively', () => {
    const p = new KeywordPrefilter([['abc'], ['bcd', 'xyz'], ['q']]);
    assert.deepEqual([...p.candidates('xxABCDxx')], [1, 1, 0]);
    assert.deepEqual([...p.candidates('héllo xYz')], [0, 1, 0]);
  });

  it('prefers a provider rule over the generic one on the same value', () => {
    const token = ghp();
    const found = createScanner().scan(`github_token = "${token}"`);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['github-personal-access-token'],
    );
  });

  describe('suppressions', () => {
    const cases: [string, (t: string) => string][] = [
      ['hush:allow (JS)', (t) => `const a = "${t}"; // hush:allow`],
      ['hush:allow-next-line (Python)', (t) => `# hush:allow-next-line\na = "${t}"`],
      ['gitleaks:allow', (t) => `a = "${t}" # gitleaks:allow`],
      ['pragma: allowlist secret', (t) => `a = "${t}"  # pragma: allowlist secret`],
      ['pragma: allowlist nextline secret', (t) => `# pragma: allowlist nextline secret\na = "${t}"`],
      ['secretlint-disable-line', (t) => `const a = "${t}"; // secretlint-disable-line`],
      ['secretlint-disable-next-line', (t) => `<!-- secretlint-disable-next-line -->\n<a href="${t}">`],
      ['ggignore', (t) => `a: ${t} # ggignore`],
      ['trufflehog:ignore', (t) => `a := "${t}" // trufflehog:ignore`],
    ];
    for (const [name, build] of cases) {
      it(`honours ${name}`, () => {
        const token = ghp();
        assert.equal(createScanner().scan(build(token)).length, 0);
        assert.equal(createScanner().scan(build(token), { suppressions: false }).length, 1);
      });
    }
    it('hush:allow-next-line does not suppress its own line', () => {
      assert.equal(createScanner().scan(`a = "${ghp()}" // hush:allow-next-line`).length, 1);
    });
  });

  describe('config', () => {
    it('accepts a valid config and applies disabled rules, custom rules and ignores', () => {
      const token = ghp();
      const base = createScanner().scan(`t = "${token}"`)[0]!;
      const { config, problems } = parseConfig(
        JSON.stringify({
          disabledRules: ['stripe-live-secret-key'],
          rules: [{ id: 'acme-token', description: 'ACME token', pattern: 'acme_(?<secret>[a-z0-9]{20})', keywords: ['acme_'] }],
          ignore: [{ fingerprint: base.fingerprint, reason: 'test value' }],
        }),
      );
      assert.deepEqual(problems, []);
      const s = createScanner({ config });
      assert.equal(s.scan(`t = "${token}"`).length, 0);
      assert.equal(s.scan(`k = "sk_live_${g.alnum(24)}"`).length, 0);
      assert.deepEqual(
        s.scan(`x = acme_${g.lower(20)}`).map((f) => f.ruleId),
        ['acme-token'],
      );
    });

    it('expired ignore entries stop applying', () => {
      const token = ghp();
      const fp = createScanner().scan(`t = "${token}"`)[0]!.fingerprint;
      const { config } = parseConfig(JSON.stringify({ ignore: [{ fingerprint: fp, reason: 'r', expires: '2020-01-01' }] }));
      assert.equal(createScanner({ config, today: '2026-11-23' }).scan(`t = "${token}"`).length, 1);
    });

    const bad: [string, string][] = [
      ['{', '(file)'],
      ['[]', '(file)'],
      ['{"disabledRules": "x"}', 'disabledRules'],
      ['{"exclud": []}', 'exclud'],
      ['{"rules": [{"id": "Bad Id", "pattern": "(?<secret>x)"}]}', 'rules[0].id'],
      ['{"rules": [{"id": "a", "pattern": "(a+)+(?<secret>b)"}]}', 'rules[0].pattern'],
      ['{"rules": [{"id": "a", "pattern": "no-group"}]}', 'rules[0].pattern'],
      ['{"ignore": [{"fingerprint": "ghp_abc", "reason": "x"}]}', 'ignore[0].fingerprint'],
      ['{"ignore": [{"fingerprint": "a:0123456789abcdef"}]}', 'ignore[0].reason'],
    ];
    for (const [text, field] of bad) {
      it(`names the bad field: ${field} in ${text}`, () => {
        const { problems } = parseConfig(text);
        assert.ok(
          problems.some((p) => p.field === field),
          JSON.stringify(problems),
        );
      });
    }
  });
});
