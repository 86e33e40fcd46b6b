// Text that sits where a secret would and is none, in any file: regular-expression source given as a value,
// a shell's required-variable check, a call, an English sentence, a generated docs table, a flag after a flag.
// Each case has a control next to it that must still be found, so the rule is narrowed, not switched off.
// Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { isRegexSource } from '../../../../engine/validators/placeholder';

const scanner = createScanner();
const g = createExampleGen(41);

/** Findings other than information-level notes, as `rule: value`. */
const found = (text: string, path: string) =>
  scanner
    .scan(text, { path })
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

const foundValue = (text: string, path: string, value: string) => found(text, path).some((f) => f.endsWith(`: ${value}`));

describe('not secrets, wherever they are written', () => {
  describe('regular-expression source as a value', () => {
    const sources = ['[A-Za-z0-9_-]{22}', '[A-Za-z0-9._~+/=:-]{8,4096}', '[a-f0-9]{32}', 'sk_live_[0-9a-zA-Z]{24,99}', '\\d{6}', '(?:ghp|gho)_\\w+'];
    for (const source of sources) it(`is a pattern: ${source}`, () => assert.equal(isRegexSource(source), true));
    for (const value of [g.alnum(32), humanPassword(g), `${g.alnum(8)}[${g.digits(2)}]`, 'Pa55-word!']) {
      it(`is data: ${value.length} characters`, () => assert.equal(isRegexSource(value), false));
    }

    it('is no secret under a secret name, in code or config', () => {
      const texts: [string, string][] = [
        ["  namedPart({ id: 'app-key', names: ['airship[_-]?app[_-]?key'], value: '[A-Za-z0-9_-]{22}' }),", 'engine/rules/providers/x.ts'],
        ["const TOKEN_VALUE = '[A-Za-z0-9._~+/=:-]{8,4096}';", 'engine/rules/http.ts'],
        ['api_key_pattern: "[a-f0-9]{32}"', 'schema/keys.yaml'],
        ["API_KEY = '[A-Za-z0-9]{40}'", 'app/settings.py'],
      ];
      for (const [text, path] of texts) assert.deepEqual(found(text, path), [], text);
    });

    it('the same line with a literal value is still found', () => {
      const value = g.alnum(32);
      assert.ok(foundValue(`const TOKEN_VALUE = '${value}';`, 'engine/rules/http.ts', value));
    });
  });

  describe("the shell's required-variable check ${X:?message}", () => {
    it('is no default value', () => {
      const texts: [string, string][] = [
        ['export DB_PASSWORD="${DB_PASSWORD:?required}"', 'scripts/deploy.sh'],
        ['\'export DB_PASSWORD="${DB_PASSWORD:?required}"\',', 'test/fixtures.ts'],
        ['    POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}', 'docker-compose.yml'],
        [': "${API_TOKEN:?API_TOKEN must be set}"', 'scripts/run.sh'],
        ['ADMIN_PASSWORD="${ADMIN_PASSWORD?missing}"', 'scripts/run.sh'],
      ];
      for (const [text, path] of texts) assert.deepEqual(found(text, path), [], text);
    });

    it('while ${X:-default} gives a default, which is found', () => {
      const value = humanPassword(g);
      assert.ok(foundValue(`    POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${value}}`, 'docker-compose.yml', value));
      assert.ok(foundValue(`export DB_PASSWORD="\${DB_PASSWORD:-${value}}"`, 'scripts/deploy.sh', value));
    });
  });

  describe('a call where a password goes', () => {
    it('is no password, in a comment, prose or a string', () => {
      const texts: [string, string][] = [
        ["      'password = getpass.getpass()',", 'engine/rules/generic/x.ts'],
        ['# password = getpass.getpass()', 'tools/login.py'],
        ['Then set password = getpass.getpass() and call login().', 'docs/login.md'],
        ['The password is read_secret() at start-up.', 'docs/login.md'],
        ['// token = vault.read(path)', 'src/a.js'],
      ];
      for (const [text, path] of texts) assert.deepEqual(found(text, path), [], text);
    });

    it('a password with brackets in prose is still found', () => {
      const value = `${g.pick(['Harbor', 'Falcon', 'Maple'])}(${g.digits(4)})!`;
      assert.ok(foundValue(`Password: ${value}`, 'notes/access.md', value));
    });
  });

  describe('an English sentence about passwords', () => {
    it('is no password', () => {
      const texts: [string, string][] = [
        ['      // A passphrase is lower-case words or words joined by symbols; prose with punctuation in', 'engine/validators/x.ts'],
        ['A password is any string the user chooses; a token is issued by the server.', 'docs/auth.md'],
        ['Each token is single-use and expires after a minute.', 'docs/auth.md'],
        ['The password is case-sensitive and must be at least 12 characters.', 'docs/auth.md'],
        ['| Value | could this value be a password or token: placeholders, code, prose, regex text |', 'docs/architecture.md'],
      ];
      for (const [text, path] of texts) assert.deepEqual(found(text, path), [], text);
    });

    it('a passphrase after "the password is" is still found', () => {
      const value = `${g.pick(['purple', 'copper', 'silent'])}-${g.pick(['monkey', 'harbor', 'falcon'])}-${g.pick(['dishwasher', 'lantern', 'meadow'])}`;
      assert.ok(foundValue(`The wifi password is ${value} for now.`, 'notes/office.md', value));
    });
  });

  describe('a Markdown table of rules (generated docs)', () => {
    const table = [
      '| ID | Provider | Description | Priority | Env | Keywords | Docs |',
      '|---|---|---|---|---|---|---|',
      '| `acr-password` | Azure | Azure Container Registry admin password | context | `ACR_PASSWORD` | `acr_` `acradmin` | [docs](https://example.com/acr) |',
      '| `clojars-deploy-token` | Clojars | Clojars deploy token | prefix | `CLOJARS_PASSWORD` | `clojars_` | [docs](https://example.com/c) |',
      '| `pypi-upload-token` | PyPI | PyPI API token | prefix | `PYPI_API_TOKEN` | `pypi-ageichlwas5vcmc` | [docs](https://example.com/p) |',
      '| `nvidia-api-key` | NVIDIA | NVIDIA NGC / build.nvidia.com API key | prefix | `NVIDIA_API_KEY` | `nvapi-` | [docs](https://example.com/n) |',
      '| `http-credential-header` | HTTP | API key in a header | format | `API_KEY` | `-key` `-password` `-pass` `-pat` `apikey` | [docs](https://example.com/h) |',
      '',
    ].join('\n');

    it('reports nothing: a cell left of a Keywords column does not label it', () => {
      assert.deepEqual(found(table, 'docs/rules.md'), []);
    });

    it('while a key/value table (headed Value, or by environment) is still read by its left cell', () => {
      const a = humanPassword(g);
      const b = humanPassword(g);
      const text = `| | Value |\n|---|---|\n| API user | \`acme\` |\n| API password | \`${a}\` |\n\n| Setting | Prod |\n|---|---|\n| DB password | ${b} |\n`;
      assert.ok(foundValue(text, 'docs/partner.md', a), 'Value column');
      assert.ok(foundValue(text, 'docs/partner.md', b), 'Prod column');
    });
  });

  describe('a flag after a password flag', () => {
    it('is the next option, not the value', () => {
      const texts: [string, string][] = [
        ['Keywords: `-password` `-pass` `-pat` `-credential`', 'docs/rules.md'],
        ['mytool --password --verbose', 'scripts/run.sh'],
      ];
      for (const [text, path] of texts) assert.deepEqual(found(text, path), [], text);
    });
  });

  describe('the hex alphabet in order', () => {
    it('is a dummy value, not a token', () => {
      assert.deepEqual(found('hush where stripe-live-secret-key:0123456789abcdef --format json', 'docs/incidents.md'), []);
      assert.deepEqual(found('api_key = "0123456789abcdefghij"', 'app/settings.py'), []);
    });

    it('while a random hex key under the same name is found', () => {
      const value = g.hex(32);
      assert.ok(foundValue(`api_key = "${value}"`, 'app/settings.py', value));
    });
  });

  describe('a domain name after user /', () => {
    it('is no password', () => {
      assert.deepEqual(found('Login for the NGC console: NGC / build.nvidia.com (SSO)', 'docs/setup.md'), []);
    });
  });
});

describe('not secrets in published packages (the real-code benchmark)', () => {
  it('a password made of dummy words is a stand-in: my-secret-passphrase', () => {
    assert.deepEqual(found("```js\nconst pems = await selfsigned.generate(null, {\n  passphrase: 'my-secret-passphrase'\n});\n```\n", 'README.md'), []);
    assert.deepEqual(found('Passphrase: your-passphrase', 'README.md'), []);
    const value = humanPassword(g);
    assert.ok(foundValue(`Passphrase: ${value}`, 'README.md', value), 'a real passphrase');
  });

  it('code between two string literals is no quoted value', () => {
    const text = 'if(I.password)throw new TypeError("Request cannot be constructed from a URL that includes credentials: "+e);n=R0({urlList:[I]}),i="cors"}';
    assert.deepEqual(found(text, 'node_modules/x/dist/index.cjs'), []);
  });

  it('an AWS Signature V4 credential scope is sent in the clear', () => {
    const id = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 20);
    assert.deepEqual(found(`    Authorization: 'AWS4-HMAC-SHA256 Credential=${id}/20121226/us-east-1/sqs/aws4_request, ...'`, 'README.md'), []);
  });

  describe('URL passwords in a URL parser test', () => {
    it('a file named test.js is a test', () => {
      const text = "  ['http://diff:auth@www.example.com',\n   'http://asdf:qwer@www.example.com',\n   'http://atslash%2F%40:%2F%40@foo/']\n";
      assert.deepEqual(found(text, 'url/test.js'), []);
    });

    it('escapes alone are no password, anywhere', () => {
      assert.deepEqual(found("const u = 'http://atslash%2F%40:%2F%40@foo/';", 'src/url.js'), []);
    });

    it('while a generated password in a test URL, or a human one in code, is found', () => {
      const random = g.alnum(24);
      assert.ok(foundValue(`const u = 'https://bot:${random}@git.example.com/x.git';`, 'url/test.js', random));
      const human = `${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!`;
      assert.ok(foundValue(`const u = 'https://deploy:${human}@git.example.com/x.git';`, 'src/clone.js', human));
    });
  });
});
