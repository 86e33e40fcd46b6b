// Precision classes of the eleventh session (rw-dev6 … rw-dev10 and real code): what kind of value or context makes
// a secret-looking value no secret. Each case says what must stay quiet and what must still be found beside it.
// Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x9ec1_0011);
const { found, assertQuiet } = ruleAssertions(scanner);

/** A password with no characters that end a value in the syntaxes below, with a digit for sure. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`:@/()[\]{}|,!*=+-]/g, '')}Q7`;
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const stamp = () => `2026-11-${g.pick(['02', '14', '29'])}T10:0${g.digits(1)}:1${g.digits(1)}.${g.digits(7)}Z`;

describe('precision classes (eleventh session)', () => {
  it('reads the key of a feature-flag entity (environment, experiment, variation, locale) as an identifier', () => {
    const secret = g.alnum(40);
    const flags = (name: string, v: string) => `{\n  "flags": { "use_token_refresh_v3": { "default": false } },\n  "${name}": "${v}",\n  "serverSecret": "${secret}"\n}\n`;
    for (const [name, v] of [
      ['environmentKey', `env-${g.uuid()}`],
      ['ENVIRONMENT_KEY', `${g.pick(['prod', 'stg'])}-${g.uuid()}`],
      ['experimentKey', `exp_${g.alnum(20)}`],
      ['variationKey', g.hex(24)],
      ['locale_key', g.alnum(20)],
    ] as const)
      assert.deepEqual(found(flags(name, v), 'config/flags.json'), [secret], name);
    // An SDK key is the server's credential.
    const sdk = `sdk-${g.uuid()}`;
    assert.deepEqual(found(flags('sdkKey', sdk), 'config/flags.json'), [sdk, secret]);
  });

  it("reads OAuth 1's consumer key beside its consumer secret as the consumer's name", () => {
    const key = g.alnum(18);
    const secret = g.alnum(32);
    const composer = `{\n  "bitbucket-oauth": {\n    "bitbucket.org": {\n      "consumer-key": "${key}",\n      "consumer-secret": "${secret}"\n    }\n  }\n}\n`;
    assert.deepEqual(found(composer, 'auth.json'), [secret]);
    const yaml = `oauth1:\n  consumer_secret: ${g.alnum(45)}\n  consumerKey: ${g.alnum(25)}\n`;
    assert.equal(found(yaml, 'config/twitter.yml').length, 1);
    // Alone, or beside another kind of secret (OVH's consumer key sits beside its application secret), it is a key.
    const ovh = g.alnum(32);
    assert.ok(found(`ovh:\n  application_key: ${g.alnum(16)}\n  application_secret: ${g.alnum(32)}\n  consumer_key: ${ovh}\n`, 'config/ovh.yml').includes(ovh));
    const alone = g.alnum(32);
    assert.deepEqual(found(`CONSUMER_KEY=${alone}\n`, 'deploy/.env'), [alone]);
  });

  it("reads a CI log's variable listing after the time as variables, not chat replies", () => {
    const log = (name: string, v: string) =>
      `${stamp()} ##[group]Run echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login ghcr.io -u bot --password-stdin\n` +
      `${stamp()} shell: /usr/bin/bash -e {0}\n${stamp()} env:\n${stamp()}   ${name}: ${v}\n${stamp()}   DEPLOY_TOKEN: [REDACTED]\n${stamp()} ##[endgroup]\n`;
    for (const [name, v] of [
      ['IMAGE_TAG', g.hex(12)],
      ['GIT_SHA', g.hex(12)],
      ['BUILD_ID', `b${g.digits(4)}x${g.lower(3)}9`],
      ['RELEASE_NAME', `web-${g.lower(5)}42`],
    ] as const)
      assertQuiet([log(name, v)], 'logs/gha-run.txt');
    // A chat reply under a question is still one.
    const p = pw();
    assert.ok(found(`[10:02] maya: what's the pw for the metabase admin?\n[10:03] owen: ${p}\n`, 'chat/ops.txt').includes(p));
  });

  it('reads what a command in a code span prints after an arrow, and a line template, as no login pair', () => {
    assertQuiet([
      `Check: \`kubectl -n shop get secret app-env -o jsonpath='{.metadata.uid}'\` → ${g.uuid()}\n`,
      `Login check: \`vault token lookup -format=json | jq -r .data.id\` -> ${g.alnum(24)}9\n`,
      `Not: \`.pgpass\` dosyasındaki satır şöyle olmalı → \`db${g.digits(2)}:5432:*:postgres:<şifre>\`\n`,
      `The login line is admin / ${g.lower(6)}${g.digits(2)}:{{ vault_pw }}\n`,
    ]);
    const p = pw();
    assert.ok(found(`- **Firewall (OPNsense):** root / \`${p}\`\n`, 'docs/infra.md').includes(p));
    const q = pw();
    assert.ok(found(`The demo instance now uses \`demo\` / \`${q}\`, rotated monthly.\n`, 'docs/demo.md').includes(q));
  });

  it("takes a row's remark that the value is a hash as the writer's word", () => {
    const secret = g.alnum(40);
    const sql = (remark: string) =>
      `INSERT INTO api_clients (name, client_id, client_secret, created_at) VALUES\n  ('powerbi', '${g.uuid()}', '${secret}', now()),\n  ('tableau', '${g.uuid()}', '${g.hex(64)}', now()); -- ${remark}\n`;
    for (const remark of ['sha256 of the secret, fine', 'SHA-256 hash of the client secret', 'stored hashed']) assert.deepEqual(found(sql(remark), 'db/migrations/V12__clients.sql'), [secret], remark);
    // Without the remark the digest-shaped value is read as the column says.
    assert.equal(found(sql('seeded for the reporting stack'), 'db/migrations/V12__clients.sql').length, 2);
  });

  it('reads the words before a Turkish password word and its colon as whose password it is', () => {
    const p = `${g.pick(['Yonder', 'Kartal', 'Deniz'])}${g.digits(1)}${g.pick(['cerveza', 'bahce'])}!`;
    const text = `${g.pick(['Replikasyon', 'Yedeklemeci', 'Muhasebeci'])} kullanıcısı şifresi: ${p}\n`;
    assert.deepEqual(found(text, 'docs/tr/runbook.md'), [p]);
    // Named after without a colon, the value before the label is still the password.
    const q = `+${g.pick(['Pisica', 'Kartal', 'Deniz'])}${g.digits(3)}`;
    assert.ok(found(`${q} muhasebe programının şifresi\n`, 'notes/notlar.txt').includes(q));
  });

  it("reads a remark after the value a label's verb already gave as no value", () => {
    const p = `${g.pick(['Teddy', 'Marmot', 'Falcon'])}${g.digits(3)}`;
    for (const remark of ['rotate!', 'fix asap', 'change it!']) assert.deepEqual(found(`- [ ] staging admin password is still ${p} — ${remark}\n`, 'docs/TODO.md'), [p], remark);
    // A label with a dash before its value still gives it.
    const q = pw();
    assert.ok(found(`Password for the staging admin — ${q}\n`, 'docs/notes.md').includes(q));
  });

  it("reads GitLab Runner's shortened job token as no token", () => {
    const line = `${stamp()} Uploading artifacts as "archive" to coordinator... 201 Created  id=${g.digits(10)} responseStatus=201 Created token=${g.alnum(8)}\n`;
    assertQuiet([line, `WARNING: Appending trace to coordinator... job=${g.digits(9)} runner=${g.alnum(8)} token=${g.alnum(8)}\n`], 'ci-logs/build.txt');
    // A whole token in the same kind of line is still one.
    const t = g.alnum(40);
    assert.ok(found(`${stamp()} curl -sS "https://ci.example.com/api?job=${g.digits(6)}&token=${t}"\n`, 'ci-logs/build.txt').includes(t));
  });

  it("reads a CSV row's identifier or public remark as no secret in the secret column", () => {
    const secret = g.alnum(32);
    const csv = `system,account,secret,notes\nsso,client id,${g.uuid()},public\nsso,client secret,${secret},\napp,tenant_id,${g.uuid()},\nmaps,browser key,${g.alnum(39)},public\n`;
    assert.deepEqual(found(csv, 'ops/inventory.csv'), [secret]);
  });

  it("reads a test's hand-made JWT (no time claim, no issuer) as a fixture", () => {
    const sig = () => g.base64url(43);
    const jwt = (claims: object) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.${sig()}`;
    assertQuiet([`const TEST_JWT = '${jwt({ sub: 'test' })}';\n`, `const token = "${jwt({ sub: g.digits(4), role: 'admin' })}";\n`], 'test/auth/middleware.test.js');
    // A token an issuer minted (copied from staging into a test) carries its time claims; outside tests any token counts.
    const minted = jwt({ sub: g.uuid(), iss: 'https://auth.example-corp.net/', iat: 1764151194, exp: 1765480732 });
    assert.deepEqual(found(`const staging = '${minted}';\n`, 'test/auth/middleware.test.js'), [minted]);
    const plain = jwt({ sub: 'test' });
    assert.deepEqual(found(`SESSION_TOKEN=${plain}\n`, 'deploy/.env'), [plain]);
  });

  it('reads a PEM block too short to hold its key as an elided example', () => {
    const short = `-----BEGIN OPENSSH PRIVATE KEY-----\n  b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAA${g.base64(24)}\n  -----END OPENSSH PRIVATE KEY-----`;
    assertQuiet([`  $ tool set KEY -- "${short}"\n`], 'src/cli/help.js');
    assertQuiet([`-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${g.base64(60)}\n-----END RSA PRIVATE KEY-----\n`], 'docs/keys.md');
    const lines = (n: number) => Array.from({ length: n }, () => g.base64(64)).join('\n');
    const ssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines(6)}\n-----END OPENSSH PRIVATE KEY-----`;
    assert.deepEqual(found(`${ssh}\n`, 'deploy/id_ed25519'), [ssh]);
    const ec = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${lines(2)}\n${g.base64(31)}=\n-----END EC PRIVATE KEY-----`;
    assert.deepEqual(found(`${ec}\n`, 'deploy/ec.pem'), [ec]);
  });

  it('reads a participle after a Romance or German copula as a sentence, not a spoken passphrase', () => {
    assertQuiet(
      [
        'Ciao Marco, la password del server è stata cambiata ieri, chiedi a Luca.\n',
        'la password è scaduta ieri sera.\n',
        'Das Passwort ist gestern geändert worden.\n',
        'la contraseña es cambiada mensualmente sin aviso\n',
      ],
      'notes/mail.txt',
    );
    const words = g.pick(['tamarind velvet nutmeg', 'falcon puffin glacier', 'pelican radish walnut']);
    assert.ok(found(`- Gestionale magazzino: la password è ${words}\n`, 'notes/handover.txt').includes(words));
  });

  it("reads an UPDATE's SET clause as a column, and a SQL line's hashed remark, for MySQL's SET PASSWORD rule", () => {
    assertQuiet(
      [
        `UPDATE service_accounts SET password = '${g.hex(32)}' WHERE name = 'legacy'; -- md5 of the old password, already hashed\n`,
        `UPDATE accounts SET password = '${g.hex(32)}' WHERE name = 'svc'; -- md5 of the password, stored hashed\n`,
      ],
      'db/migrations/V14__accounts.sql',
    );
    const p = pw();
    assert.deepEqual(found(`SET PASSWORD FOR 'root'@'localhost' = '${p}';\n`, 'db/fix.sql'), [p]);
  });

  it('reads a chat reply as the answer to the question right above it, and a ticket number as no password', () => {
    assertQuiet(
      [
        `[09:58] dana: what's the pw for the staging grafana?\n[10:00] dana: also what image tag is deployed?\n[10:01] owen: ${g.hex(12)}\n`,
        `[10:03] dana: thx. password rotated yesterday btw?\n[10:04] owen: yes\n[10:05] owen: ${g.pick(['REQ', 'OPS', 'INC', 'CHG'])}-${g.digits(5)}\n`,
      ],
      'chat/ops.txt',
    );
    // The password question with only a short remark since is still answered.
    const v = `${g.lower(6)}${g.digits(3)}`;
    assert.ok(found(`[09:58] dana: what's the pw for the staging grafana?\n[09:59] owen: one sec\n[10:01] owen: ${v}\n`, 'chat/ops.txt').includes(v));
  });
});
