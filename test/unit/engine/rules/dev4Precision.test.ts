// Classes falsely reported in rw-dev4 (the precision set): words of other scripts in locale files, settings that
// name how passwords are stored, hex numbers and addresses, digests keyed by what they digest, namespaced cache keys
// in logs, log lines about a failed password check, shell history read as a chat, angle-bracket placeholders with
// blanks, and Google keys named for Maps or the browser. Each case says what must stay quiet and what must still be
// found beside it; values come from a seed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd4e7_0004);

/** The values reported (any rule, information-level notes left out). */
const { found: values } = ruleAssertions(scanner);

/** Rule ids and severities of every finding, notes included. */
const found = (text: string, path: string) => scanner.scan(text, { path }).map((f) => `${f.ruleId}:${f.severity}`);

/** A password with no characters that end a value in the syntaxes below, with a digit for sure. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`:@/]/g, '')}Q7`;
const googleKey = () => `AIza${g.base64url(35)}`;

describe('precision classes (rw-dev4)', () => {
  it('leaves words of other scripts under password names alone (locale files), and still finds a password there', () => {
    const text = ['export const zh = {', "  passwordRepeat: '确认密码',", "  passwordWeak: '密码强度太弱',", '};', 'export const ru = {', "  passwordHint: 'Введите',", '};', ''].join('\n');
    assert.deepEqual(values(text, 'src/i18n/messages.ts'), []);
    const p = pw();
    assert.deepEqual(values(`const db = { password: '${p}' };\n`, 'src/db.ts'), [p]);
  });

  it('reads password_encryption / password_scheme as settings and SCRAM, argon2 or bcrypt as algorithm names', () => {
    assert.deepEqual(values('postgres_hba_password_encryption: scram-sha-256\npassword_scheme: argon2id\n', 'ansible/group_vars/db.yml'), []);
    assert.deepEqual(values('db_password: SCRAM-SHA-256\nsmtp_password: bcrypt\n', 'ansible/group_vars/db.yml'), []);
    const p = pw();
    assert.deepEqual(values(`encryption_password: ${p}\n`, 'ansible/group_vars/db.yml'), [p]);
  });

  it('leaves hex numbers and addresses alone in crash dumps, logs and code, not a 256-bit hex key', () => {
    const dump = `#3  0x0000${g.hex(8)} in vault_unlock (passphrase=0x0000${g.hex(7)} <error: Cannot access memory at address 0x7ff${g.hex(9)}>, len=32)\n`;
    assert.deepEqual(values(dump, 'crash/minidump.txt'), []);
    assert.deepEqual(values(`${dump}`, 'logs/core.log'), []);
    assert.deepEqual(values(`const secretMask = 0x${g.hex(8)};\nsecret = "0x${g.hex(16)}"\n`, 'src/flags.py'), []);
    const key = g.hex(64);
    assert.deepEqual(values(`const secret = "0x${key}";\n`, 'src/wallet.ts'), [`0x${key}`]);
  });

  it('leaves digests keyed by what they digest alone (checksum/secret, a map named for hashes)', () => {
    const yaml = `spec:\n  template:\n    metadata:\n      annotations:\n        checksum/secret: ${g.hex(64)}\n        checksum/config: ${g.hex(64)}\n`;
    assert.deepEqual(values(yaml, 'k8s/api/deployment.yaml'), []);
    const ts = `export const PersistedQueryHashes = {\n  CreateApiKey: '${g.hex(64)}',\n  RevokeToken: '${g.hex(64)}',\n};\n`;
    assert.deepEqual(values(ts, 'src/gql/generated.ts'), []);
    const secret = g.hex(64);
    assert.deepEqual(values(`webhook:\n  secret: ${secret}\n`, 'config/app.yaml'), [secret]);
    const token = g.hex(64);
    assert.deepEqual(values(`export const clients = {\n  apiToken: '${token}',\n};\n`, 'src/clients.ts'), [token]);
  });

  it('leaves a namespaced cache key in a log alone (`"key":"user:<digest>"`), not a generated key', () => {
    const line = `{"level":"info","msg":"cache hit","trace_id":"${g.hex(32)}","span_id":"${g.hex(16)}","request_id":"${g.uuid()}","key":"user:${g.hex(32)}"}\n`;
    assert.deepEqual(values(line, 'logs/api.jsonl'), []);
    const key = g.hex(40);
    assert.deepEqual(values(`{"level":"info","msg":"signing","key":"${key}"}\n`, 'logs/app.log'), [key]);
  });

  it('leaves a log line about a failed password check alone (the value after `user id=` is the id)', () => {
    const line = `2026-03-03T10:12:44.118Z ERROR [exec-7] c.a.auth.PasswordService - Password verification failed for user id=${g.uuid()}\n`;
    assert.deepEqual(values(line, 'logs/app-error.log'), []);
    assert.deepEqual(values(`2026-03-03 WARN password mismatch for uid=${g.digits(6)}${g.lower(4)}\n`, 'logs/auth.log'), []);
    const p = pw();
    assert.deepEqual(values(`Password for the staging DB: ${p}\n`, 'docs/staging.md'), [p]);
  });

  it('does not read shell history as a chat (a command after a password line is no reply), and still finds passwords in it', () => {
    const p = pw();
    const history = [
      `: 17${g.digits(8)}:0;kubectl get secret api-db -o jsonpath='{.data.password}' | base64 -d`,
      `: 17${g.digits(8)}:0;uuidgen`,
      `: 17${g.digits(8)}:0;mysql -u root -p${p} -h 127.0.0.1 app`,
      '',
    ].join('\n');
    assert.deepEqual(values(history, 'home/.zsh_history'), [p]);
    assert.deepEqual(values(history, 'home/lena/.bash_history'), [p]);
  });

  it('leaves an angle-bracket placeholder with blanks alone where the value pattern stops at a blank', () => {
    assert.deepEqual(values('[testpypi]\nusername = __token__\npassword = <testpypi token>\n', 'home/.pypirc'), []);
    const p = g.alnum(24);
    assert.deepEqual(values(`[pypi]\nusername = __token__\npassword = ${p}\n`, 'home/.pypirc'), [p]);
  });

  it('notes Google keys named for Maps or the browser at information level, not a key named only by its API', () => {
    const mapsKey = googleKey();
    assert.deepEqual(found(`export const config = {\n  googleMapsKey: '${mapsKey}',\n};\n`, 'mobile/src/config.ts'), ['google-api-key-browser:info']);
    assert.deepEqual(found(`| Google Maps (browser, referrer-restricted) | frontend env | ${googleKey()} |\n`, 'ops/README-tokens.md'), ['google-api-key-browser:info']);
    const server = googleKey();
    assert.deepEqual(values(`| Maps | \`X-Goog-Api-Key\` | \`${server}\` |\n`, 'docs/vendor-apis.md'), [server]);
    const gemini = googleKey();
    assert.deepEqual(values(`GEMINI_API_KEY=${gemini}\n`, '.env'), [gemini]);
  });

  describe('look-alikes probed after the first fixes', () => {
    it('reads `API key ID:` / `Token name:` as about the secret, not the secret', () => {
      assert.deepEqual(values(`API key ID: ${g.uuid()} (safe to share)\nToken name: ci-deploy-${g.digits(4)}\n`, 'docs/keys.md'), []);
      const key = g.alnum(40);
      assert.deepEqual(values(`API key: ${key}\n`, 'docs/keys.md'), [key]);
    });

    it('leaves object keys with a file extension, route patterns and the jwt.io sample alone', () => {
      assert.deepEqual(values(`2026-03-03T10:00:05Z INFO s3: uploaded key=uploads/2026/03/${g.hex(32)}.png etag=${g.hex(32)}\n`, 'logs/app.log'), []);
      assert.deepEqual(values(`export const ROUTES = { secretDetail: '/vault/secrets/:secretId', tokenPage: '/tokens/{tokenId}/edit' };\n`, 'src/routes.ts'), []);
      const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const sample = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${g.base64url(43)}`;
      assert.deepEqual(values(`auth:\n  token: ${sample}\n`, 'config/app.yaml'), []);
      const real = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: g.uuid(), scope: 'admin' })}.${g.base64url(43)}`;
      assert.ok(values(`auth:\n  token: ${real}\n`, 'config/app.yaml').includes(real));
    });

    it('leaves values inside an API spec example block alone, not the same keys outside one', () => {
      const p = pw();
      const secret = g.alnum(32);
      const example = `responses:\n  "201":\n    content:\n      application/json:\n        example:\n          password: ${p}\n          secret: ${secret}\n`;
      assert.deepEqual(values(example, 'api/openapi.yaml'), []);
      assert.deepEqual(values(`service:\n  password: ${p}\n  secret: ${secret}\n`, 'config/service.yaml'), [p, secret]);
    });

    it("leaves Stripe's documented test key alone, not another test key", () => {
      const documented = ['sk_test_', '4eC39HqLyjWDarjtT1zdp7dc'].join('');
      assert.deepEqual(values(`curl https://api.stripe.com/v1/charges -u ${documented}:\n`, 'docs/payments.md'), []);
      const other = `sk_test_${g.alnum(24)}`;
      assert.deepEqual(values(`curl https://api.stripe.com/v1/charges -u ${other}:\n`, 'docs/payments.md'), [other]);
    });

    it('reads what a value was replaced by as a stand-in, not a passphrase', () => {
      assert.deepEqual(values('-MAIL_PASSWORD=old-value-removed\n+MAIL_PASSWORD=token-omitted\n', 'ci-logs/diff.txt'), []);
      const phrase = `${g.pick(['copper', 'lantern', 'velvet'])}-${g.pick(['granite', 'meadow', 'walnut'])}-${g.pick(['harvest', 'beacon', 'marble'])}`;
      assert.deepEqual(values(`MAIL_PASSWORD=${phrase}\n`, '.env'), [phrase]);
    });

    it('leaves a salt stored beside its hash alone, not a salt on its own', () => {
      const record = `- Grafana users table: \`password = ${g.hex(100)}\`, \`salt = ${g.alnum(10)}\`\n`;
      assert.deepEqual(values(record, 'docs/auth/users.md'), []);
      const keycloak = `{ "type": "password", "secretData": "{\\"value\\":\\"${g.base64(44)}\\",\\"salt\\":\\"${g.base64(24)}\\"}", "credentialData": "{\\"hashIterations\\":27500}" }\n`;
      assert.deepEqual(values(keycloak, 'keycloak/realm-export.json'), []);
      const salt = g.alnum(64);
      assert.deepEqual(values(`define( 'AUTH_SALT', '${salt}' );\n`, 'wordpress/wp-config.php'), [salt]);
    });

    it("takes the line's own word that a value is not secret, and reports the same value without it", () => {
      const v = g.hex(8) + g.alnum(8);
      assert.deepEqual(values(`const SENSOR_SALT = "${v}"  # not secret, just avoids collisions\n`, 'scripts/ingest.jl'), []);
      assert.deepEqual(found(`The web config apiKey ({{${googleKey()}}}) is public by design.\n`, 'docs/wiki.txt'), ['google-api-key-browser:info']);
      assert.deepEqual(values(`const SENSOR_SALT = "${v}"\n`, 'scripts/ingest.jl'), [v]);
    });

    it('leaves namespaced calls, binary symbols and long hex digests out of prose passwords', () => {
      assert.deepEqual(values("    password => postgresql::postgresql_password('gitea', $db_password),\n", 'site/manifests/postgres.pp'), []);
      assert.deepEqual(values('What is the password for the core dump box?\n__libc_start_main\n', 'forensics/strings.txt'), []);
      assert.deepEqual(values(`Password: ${g.hex(100)}\n`, 'docs/notes.md'), []);
      const p = pw();
      assert.deepEqual(values(`Password: ${p}\n`, 'docs/notes.md'), [p]);
    });

    it('reads dotted property paths ending in a secret word as setting names, not a dotted password', () => {
      assert.deepEqual(values('- `auth.password` is now `auth.credentials.password`.\n', 'CHANGELOG.md'), []);
      const java = 'static final String SECRET_PROPERTY = "app.jwt.secret";\nstatic final String TRUSTSTORE_PASSWORD_PROP = "javax.net.ssl.trustStorePassword";\n';
      assert.deepEqual(values(java, 'src/main/java/Config.java'), []);
      const dotted = `${g.alnum(6)}.${g.upper(2)}${g.alnum(6)}-${g.upper(3)}Pw`;
      assert.deepEqual(values(`$config['admin_password'] = '${dotted}';\n`, 'config/app.php'), [dotted]);
      const phrase = 'igloo.glacier.bramble';
      assert.deepEqual(values(`password: ${phrase}\n`, 'config/app.yaml'), [phrase]);
    });

    it("leaves the search-only key of a docs site's Algolia config and PostHog's project key alone, not an admin key", () => {
      const docusaurus = `module.exports = {\n  themeConfig: {\n    algolia: {\n      appId: 'BH4D9OD16A',\n      apiKey: '${g.hex(32)}',\n      indexName: 'acme',\n    },\n  },\n};\n`;
      assert.deepEqual(values(docusaurus, 'docusaurus.config.js'), []);
      const vitepress = `export default { themeConfig: { search: { provider: 'algolia', options: { appId: 'BH4D9OD16A', apiKey: '${g.hex(32)}', indexName: 'acme' } } } };\n`;
      assert.deepEqual(values(vitepress, 'docs/.vitepress/config.ts'), []);
      assert.deepEqual(values(`const posthogKey = 'phc_${g.alnum(43)}';\n`, 'web/src/analytics.ts'), []);
      const admin = g.hex(32);
      assert.deepEqual(values(`ALGOLIA_APP_ID=BH4D9OD16A\nALGOLIA_ADMIN_API_KEY=${admin}\nALGOLIA_INDEX_NAME=acme\n`, '.env'), [admin]);
    });

    it('reads a count with its unit after a password word as a measure, not a password', () => {
      const text = 'The password rule (`passwort`/`kennwort` for compounds): its regex had tried every position of its 236-character\nwindow.\n';
      assert.deepEqual(values(text, 'docs/benchmarks.md'), []);
      assert.deepEqual(values('Passwords must be at least 12 characters; we store a 32-byte salt and a 64-bit counter.\n', 'docs/policy.md'), []);
      const p = pw();
      assert.deepEqual(values(`The new password for the UI is now ${p}\n`, 'docs/ui.md'), [p]);
    });
  });
});
