// The generic detector on tricky cases: what it must find in each syntax, and what it must leave alone.
// Values are generated from a seed at test time; nothing secret-looking is committed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { namesASecret as keyNamesASecret } from '../../../../engine/validators/secretName';

const scanner = createScanner();
const g = createExampleGen(7);
const generic = (text: string, path?: string) => scanner.scan(text, { path }).filter((f) => f.ruleId === 'generic-secret-assignment');
/** The one generic finding's value, or undefined. */
const found = (text: string, path?: string) => {
  const [f] = generic(text, path);
  return f && text.slice(f.start, f.end);
};

describe('generic detector', () => {
  describe('finds a random value under a secret-like name', () => {
    const value = `${g.alnum(8)}-${g.alnum(8)}_${g.digits(3)}`;
    const cases: [string, string, string?][] = [
      ['JS const', `const dbPassword = "${value}";`, 'src/db.js'],
      ['TypeScript annotation', `const apiKey: string = "${value}";`, 'src/k.ts'],
      ['Rust typed const', `pub const API_KEY: &str = "${value}";`, 'src/k.rs'],
      ['Python', `SECRET_KEY = '${value}'`, 'app/settings.py'],
      ['JSON', `{ "clientSecret": "${value}" }`, 'config/app.json'],
      ['YAML unquoted', `auth_token: ${value}`, 'deploy/values.yaml'],
      ['.env', `SMTP_PASSWORD=${value}`, '.env'],
      ['.properties dotted key', `app.db.password=${value}`, 'application.properties'],
      ['TOML', `api_key = "${value}"`, 'config.toml'],
      ['XML element', `<apiKey>${value}</apiKey>`, 'conf/settings.xml'],
      ['shell export', `export AUTH_TOKEN="${value}"`, 'scripts/run.sh'],
      ['CLI flag with =', `./tool --password=${value}`, 'scripts/run.sh'],
      ['CLI flag with a space', `./tool login --api-key ${value} --region eu`, 'scripts/run.sh'],
      ['PHP array key', `$config['db_password'] = '${value}';`, 'config/app.php'],
      ['PHP define', `define('JWT_SECRET', '${value}');`, 'wp-config.php'],
      ['escaped JSON inside a string', `const raw = "{\\"apiToken\\": \\"${value}\\"}";`, 'src/a.ts'],
      ['notebook cell source', `{"source": ["api_key = \\"${value}\\"\\n"]}`, 'nb/a.ipynb'],
      ['Android string resource', `<string name="api_key">${value}</string>`, 'res/values/secrets.xml'],
      ['systemd unit Environment=', `Environment=DB_PASSWORD=${value}`, 'deploy/app.service'],
    ];
    for (const [name, text, path] of cases) it(name, () => assert.equal(found(text, path), value, text));
  });

  it('reads ?access_token= in a URL as a secret name (the URL-query rule keeps ?key=, ?sig=, ?auth=)', () => {
    const value = `${g.alnum(8)}-${g.alnum(8)}_${g.digits(3)}`;
    const text = `{ "url": "https://x.example.com/in?access_token=${value}&v=2" }`;
    const hits = scanner.scan(text, { path: 'config/hooks.json' });
    assert.deepEqual(
      hits.map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [['generic-secret-assignment', value]],
    );
  });

  it('finds a value split over concatenated literals, spanning the pieces', () => {
    const value = g.alnum(32);
    const text = `const apiToken = "${value.slice(0, 16)}" +\n  "${value.slice(16)}";\n`;
    const [f] = generic(text, 'src/a.js');
    assert.ok(f, 'no finding');
    assert.equal(f.start, text.indexOf(value.slice(0, 16)));
    assert.equal(f.end, text.indexOf(value.slice(16)) + 16);
  });

  it('finds a Python implicit concatenation whose name is on the line before', () => {
    const value = g.alnum(30);
    const text = `API_TOKEN = (\n    "${value.slice(0, 15)}"\n    "${value.slice(15)}"\n)\n`;
    assert.equal(generic(text, 'keys.py').length, 1);
  });

  it('finds a percent-encoded base64 value in a URL, mapped to the encoded span', () => {
    const raw = `${g.alnum(12)}+${g.alnum(12)}/${g.alnum(14)}`;
    const encoded = encodeURIComponent(raw);
    const text = `curl "https://api.example.com/v1?x=1&secret_key=${encoded}"\n`;
    const [f] = generic(text, 'call.sh');
    assert.ok(f, 'no finding');
    assert.equal(text.slice(f.start, f.end), encoded);
  });

  describe('leaves alone', () => {
    const cases: [string, string, string?][] = [
      ['placeholders', 'API_KEY=YOUR_API_KEY\nDB_PASSWORD=changeme\nAUTH_TOKEN=xxxxxxxxxxxxxxxx\n', '.env.example'],
      ['templates', 'token: "{{ vault_token }}"\npassword: ${DB_PASSWORD}\nsecret: "%(secret)s"\n', 'a.yaml'],
      ['environment references', 'const apiKey = process.env.API_KEY;\nAPI_KEY = os.environ["API_KEY"]\n', 'a.py'],
      ['function calls', 'const password = await getPassword(user);\nconst secret = crypto.randomBytes(32).toString("hex");\n', 'a.ts'],
      ['identifiers as values (camel, CONSTANT, kebab)', 'ACCESS_TOKEN: "AccessToken_With_AuthScheme",\nTOKEN_KEY: "AZURE_SAS_URL",\nkeys: ["co_api_key", "co-api-key"]\n', 'a.js'],
      ['i18n sentences and words', '{ "password_label": "Password", "token_expired": "Your session token has expired", "passwordHint": "Unerwartete" }', 'en.json'],
      ['names that describe something else', 'password_field = "passwordInput"\nnextToken = "eyJwYWdlIjoyfQ"\ntoken_type = "Bearer"\n', 'a.py'],
      ['password hashes', `password: "$2b$12$${g.base64(53).replace(/\+/g, '.')}"`, 'users.yaml'],
      ['paths', "PWD: '/Users/someone',\nsecret_file: '/run/secrets/db_password'\n", 'a.ts'],
      ['prose with a space after the name', 'The token expires after an hour and the password must be rotated.\n', 'README.md'],
      ['lockfiles entirely', `"node_modules/a": { "token": "${g.alnum(32)}" }`, 'package-lock.json'],
      ['a hash under a hash name', `token_hash = "${g.hex(64)}"\npassword_digest = "${g.hex(40)}"\n`, 'a.py'],
      ['a UUID in a test', `const apiToken = "${g.uuid()}";`, 'test/api.test.ts'],
      ['minified constant tables', 'e.exports={TOKEN_KEY:"__abcdef_token__",PASSWORD_INPUT:"password-input",secretKey:"secret-key"};', 'dist/app.min.js'],
      ['an unquoted identifier in code', 'password = generatedPassword\n', 'a.py'],
      ['masked values', 'password=******** token=[REDACTED]\n', 'app.log'],
      ['concurrency and request tokens that are UUIDs', `{ "ChangeToken": "${g.uuid()}", "ClientRequestToken": "${g.uuid()}" }`, 'api/examples.json'],
      ['enum constants', '{ "CustomerMasterKeySpec": "RSA_4096", "SigningKeySpec": "ECC_NIST_P256" }', 'api/kms.json'],
      ['timestamps', '{ "PasswordLastUsed": "2016-09-08T21:47:36Z" }', 'api/iam.json'],
      ['badge image tokens', `[badge]: https://codecov.io/gh/o/r/branch/main/graph/badge.svg?token=${g.alnum(10)}`, 'README.md'],
      ['made-up capitalised values', '{ "clientSecret": "VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSJ9" }', 'api/sso.json'],
      ['elided values', 'webhook_secret: whsec_...\napi_key: sk-…abcd\n', 'config.example.yml'],
    ];
    for (const [name, text, path] of cases)
      it(name, () =>
        assert.deepEqual(
          generic(text, path).map((f) => f.keyName),
          [],
          text,
        ),
      );
  });

  it('reads what a key name is about', () => {
    for (const key of ['DB_PASSWORD', 'clientSecret', 'SECRET_KEY', 'app.db.password', 'x-api-key', 'AZURE_DEVOPS_PAT', 'storageAccountKey']) assert.ok(keyNamesASecret(key), key);
    for (const key of ['passwordField', 'token_type', 'nextToken', 'public_key', 'secretName', 'password_hash', 'tokenUrl', 'compat']) assert.ok(!keyNamesASecret(key), key);
  });
});
