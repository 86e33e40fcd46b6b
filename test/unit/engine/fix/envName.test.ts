// The name "Move to .env" proposes for a value, from its context: a table of contexts across languages
// (test/unit/envName.cases.ts), the guarantees every name keeps, and uniqueness against the .env file.
import assert from 'node:assert/strict';
import { builtinRules, createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { isWellKnownVariable, MAX_NAME, suggestEnvName, toEnvName } from '../../../../engine/fix/envName';
import { planMoveToEnv } from '../../../../engine/fix/moveToEnv';
import { findPastedSecrets } from '../../../../engine/fix/pastePlan';
import { parseDotenv } from '../../../../engine/fix/stores/dotenv';
import { caseValue, NAME_CASES } from './envName.cases';

const VALID = /^[A-Z_][A-Z0-9_]*$/;
const scanner = createScanner();
const provider = { envName: 'STRIPE_SECRET_KEY', family: 'payments' } as const;
const generic = { envName: 'SECRET', family: 'generic' } as const;

describe('env var names for Move to .env', () => {
  it('has a table of at least 40 contexts', () => assert.ok(NAME_CASES.length >= 40, String(NAME_CASES.length)));

  NAME_CASES.forEach((c, i) => {
    it(`${c.lang}: ${c.template.split('\n').join(' ⏎ ')} → ${c.expected}`, () => {
      const text = c.template.replace('V', caseValue(c.value, i + 1));
      const found = scanner.scan(text, { path: c.path ?? `src/file.${c.lang}` });
      assert.equal(found.length, 1, `expected one finding, got ${found.map((f) => f.ruleId).join(', ')}`);
      assert.equal(found[0]!.envName, c.expected);
    });
  });

  describe('every name', () => {
    const odd = [
      'k',
      'x',
      '',
      '_',
      '__',
      '123',
      '2fa',
      '9',
      'ñ',
      '密钥',
      'a-b',
      '$',
      'value',
      'DATA',
      'path',
      'HOME',
      'user',
      'pwd',
      'node_env',
      'TMPDIR',
      'lc_all',
      'a'.repeat(200),
      'apiKey'.repeat(30),
      'über_geheim',
      'clé',
      '__proto__',
      'constructor',
    ];
    const g = createExampleGen(4);
    for (let i = 0; i < 60; i++) odd.push(g.chars('aZ_-.$0é9 Ω', 1 + (i % 40)));
    for (const rule of [provider, generic, { envName: 'URL_PASSWORD', family: 'token-format' } as const, { envName: 'DATABASE_URL', family: 'database' } as const]) {
      it(`is a valid, bounded, non-shadowing identifier (${rule.family})`, () => {
        for (const key of odd) {
          for (const hints of [{}, { qualifiers: [key] }, { urlPassword: { scheme: 'postgres', key } }, { urlPassword: { scheme: 'https', key } }]) {
            const name = suggestEnvName(key, rule, hints);
            assert.match(name, VALID, JSON.stringify({ key, hints }));
            assert.ok(name.length >= 3 && name.length <= MAX_NAME, `${name} for ${JSON.stringify(key)}`);
            assert.ok(!isWellKnownVariable(name), `${name} shadows a process variable`);
          }
        }
      });
    }

    it('never ends up as a vague single word for the generic rule', () => {
      for (const key of ['password', 'secret', 'token', 'pwd', 'passwd', 'key', 'PASSWORD']) {
        const name = suggestEnvName(key, generic);
        assert.ok(name.includes('_'), `${key} → ${name}`);
      }
    });

    it('built-in rules have usable conventional names', () => {
      for (const r of builtinRules) {
        assert.ok(r.envName.length <= MAX_NAME && !isWellKnownVariable(r.envName), `${r.id}: ${r.envName}`);
      }
    });
  });

  describe('toEnvName', () => {
    const cases: [string, string | undefined][] = [
      ['stripeKey', 'STRIPE_KEY'],
      ['api-key', 'API_KEY'],
      ['APIKey', 'API_KEY'],
      ['x.y', 'X_Y'],
      ['2fa_secret', 'SECRET'],
      ['123', undefined],
      ['密钥', undefined],
      ['clé', 'CLE'],
    ];
    for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(toEnvName(input), expected));
    it('cuts a huge identifier at word boundaries', () => {
      const name = toEnvName('service'.repeat(3) + 'AccountPrimaryApiKey'.repeat(5))!;
      assert.ok(name.length <= MAX_NAME && VALID.test(name) && !name.endsWith('_'), name);
    });
  });

  it('a pasted value is named from the blocks above it, beyond the lines scanned with the paste', () => {
    const documentText = 'const config = {\n  smtp: {\n    host: "mail",\n    port: 25,\n    password: ,\n  },\n};\n';
    const insertStart = documentText.indexOf('password: ') + 'password: '.length;
    const pastedText = `"${caseValue('password', 3)}"`;
    const found = findPastedSecrets(scanner, { pastedText, documentText, insertStart, path: 'src/a.js', languageId: 'javascript' });
    assert.deepEqual(
      found.map((f) => f.envName),
      ['SMTP_PASSWORD'],
    );
  });

  describe('uniqueness against the .env file (the store)', () => {
    const g = createExampleGen(21);
    const [a, b] = [g.crc32Token('ghp_', 30), g.crc32Token('ghp_', 30)];
    const text = `const a = { token: "${a}" };\nconst b = { token: "${b}" };\n`;
    const secrets = scanner.scan(text, { path: 'src/a.js' }).map((f) => ({ start: f.start, end: f.end, envName: f.envName }));

    it('two values with the same proposed name get NAME and NAME_2', () => {
      assert.deepEqual(
        secrets.map((s) => s.envName),
        ['GITHUB_TOKEN', 'GITHUB_TOKEN'],
      );
      const plan = planMoveToEnv({ text, languageId: 'javascript', path: 'src/a.js', secrets, envText: undefined, envIgnored: true });
      assert.deepEqual(plan.names, ['GITHUB_TOKEN', 'GITHUB_TOKEN_2']);
    });

    it('a name already holding another value in .env is not overwritten', () => {
      const envText = 'GITHUB_TOKEN=kept\n';
      const plan = planMoveToEnv({ text, languageId: 'javascript', path: 'src/a.js', secrets: secrets.slice(0, 1), envText, envIgnored: true });
      assert.deepEqual(plan.names, ['GITHUB_TOKEN_2']);
      const edit = plan.env.edits[0]!;
      const after = envText.slice(0, edit.start) + edit.newText + envText.slice(edit.end);
      assert.equal(parseDotenv(after).get('GITHUB_TOKEN'), 'kept');
    });
  });
});
