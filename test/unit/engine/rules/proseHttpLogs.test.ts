// Prose, HTTP auth and log secrets in whole files as people write them: every marked value is found (by any
// rule) and nothing else in the file is. Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner, redactText } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { humanPassword, passphrase } from '../../../../engine/rules/humanPasswords';
import { columnKind } from '../../../../engine/rules/proseTables';
import { foldedKeywords } from '../../../../engine/rules/prose';

const scanner = createScanner();
const g = createExampleGen(16);
const pw = () => humanPassword(g);

/**
 * Compares findings with the marked spans. A marked value may be found by any rule; extra findings count for the
 * rules of this area only (the generic assignment rule's own choices are tested in generic.test.ts).
 */
function expectExactly(marked: string, path: string | undefined): void {
  const { text, spans } = unmark(marked);
  const found = scanner.scan(text, { path }).filter((f) => f.severity !== 'info' && (f.ruleId !== 'generic-secret-assignment' || spans.some(([s, e]) => f.start < e && s < f.end)));
  const missing = spans.filter(([s, e]) => !found.some((f) => f.start < e && s < f.end)).map(([s, e]) => text.slice(Math.max(0, s - 30), e));
  const extra = found.filter((f) => !spans.some(([s, e]) => f.start < e && s < f.end)).map((f) => `${f.ruleId}: ${text.slice(Math.max(0, f.start - 40), f.start)}…`);
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
}

describe('prose secrets in whole files', () => {
  it('an incident ticket and a handover note', () => {
    expectExactly(
      [
        '# INC-4711: payroll export failed',
        '',
        '**Impact:** the nightly export did not run. The password policy requires 14 characters.',
        '',
        '## Timeline',
        '- 06:40 the service account password expired on Sunday (90 day policy)',
        '- 07:05 reset it; new credentials:',
        '  Username: svc_payroll',
        `  Password for the export job: ${g.s(pw())}`,
        '- 07:20 re-ran the job, fine.',
        '',
        '## Handover',
        `- **Firewall (OPNsense):** root / \`${g.s(pw())}\``,
        `- **Backup server (Veeam):** veeam-svc, pw ${g.s(pw())}`,
        '- **Prod DB:** see the vault, `kv/prod/db`',
        '- TCP / UDP ports are listed in the firewall export.',
        '',
        'Enter your password when prompted. Passwords must not be shared in tickets.',
        '',
      ].join('\n'),
      'notes/incident-4711.md',
    );
  });

  it('notes in other languages and a Markdown table', () => {
    expectExactly(
      [
        '## Zugänge Testumgebung',
        '',
        '| System | Benutzer | Passwort |',
        '|---|---|---|',
        `| WMS | \`test.logistik\` | \`${g.s(pw())}\` |`,
        '| Drucker | admin | (im KeePass) |',
        '| Altsystem | — | n/a |',
        '',
        `Das Initialkennwort lautet ${g.s(pw())} und muss bei der ersten Anmeldung geändert werden.`,
        'Das Passwort muss mindestens 12 Zeichen lang sein.',
        '',
        `Пароль администратора: ${g.s(pw())}`,
        'Пароль: должен содержать цифры',
        `数据库密码：${g.s(pw())}`,
        '密码：请联系管理员',
        `- パスワード: ${g.s(pw())}`,
        `Le mot de passe du certificat est ${g.s(pw())}.`,
        '',
      ].join('\n'),
      'docs/zugang.md',
    );
  });

  it('a chat export and a code comment', () => {
    expectExactly(
      [
        '[09:12] anna: can you make an account for the migration relay?',
        `[09:21] jonas: created it, login relay-migration / ${g.s(pw())}`,
        `[11:02] jonas: the wifi in the server room is "ops-5g", key ${g.s(passphrase(g))}`,
        '[11:05] anna: thanks! the password manager link is in the wiki',
        '',
      ].join('\n'),
      'exports/teams/ops-2024-05.txt',
    );
    expectExactly(
      [
        'def connect():',
        `    # TODO remove: staging password is ${g.s(pw())}`,
        '    password = os.environ["DB_PASSWORD"]  # the password is read from the environment',
        '    return db.connect(password=password)',
        '',
      ].join('\n'),
      'app/db.py',
    );
  });

  it('leaves UI strings, translations and docs about passwords alone', () => {
    expectExactly('{ "password": "Passwort", "forgot": "Passwort vergessen?", "hint": "Password: at least 8 characters" }\n', 'locales/de.json');
    expectExactly('msgid "Password:"\nmsgstr "Mot de passe :"\n', 'po/fr.po');
    expectExactly(
      [
        '## Authentication',
        '',
        '| Field | Type | Description |',
        '|---|---|---|',
        '| `password` | string | The user password |',
        '| `token` | string | A session token |',
        '',
        'password: the password of the account (required)',
        'The token is valid for one hour; the password is hashed with bcrypt.',
        '`load()` / `loadAll()` read documents; read / write access is separate.',
        '',
      ].join('\n'),
      'README.md',
    );
  });
});

describe('HTTP auth in whole files', () => {
  it('a HAR export', () => {
    const basic = btoa(`shop:${pw()}`);
    expectExactly(
      [
        '{ "log": { "entries": [ { "request": {',
        '  "method": "POST", "url": "https://shop.example.com/api/cart",',
        '  "headers": [',
        `    { "name": "Authorization", "value": "Basic ${g.s(basic)}" },`,
        `    { "name": "Cookie", "value": "sessionid=${g.s(g.lower(32))}; _ga=GA1.1.0785.0224; theme=dark" },`,
        `    { "name": "X-Request-Id", "value": "${g.uuid()}" }`,
        '  ],',
        `  "cookies": [ { "name": "sessionid", "value": "${g.s(g.lower(32))}" }, { "name": "theme", "value": "dark" } ]`,
        '} } ] } }',
        '',
      ].join('\n'),
      'debug/checkout.har',
    );
  });

  it('curl commands, an .http file and proxy configs', () => {
    expectExactly(
      [
        `curl -H 'X-Api-Key: ${g.s(g.hex(32))}' https://api.example.com/v2/reports`,
        `curl -H "Authorization: Bearer ${g.s(g.alnum(40))}" https://api.example.com/me`,
        'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/me',
        `curl -b 'PHPSESSID=${g.s(g.lower(26))}' https://legacy.example.com/members.php`,
        `curl "https://hooks.example.io/alerts?key=${g.s(g.alnum(24))}&source=ci"`,
        '',
      ].join('\n'),
      'docs/debugging.md',
    );
    expectExactly(`GET https://api.example.com/orders\nX-Api-Token: ${g.s(g.alnum(32))}\nAccept: application/json\n`, 'requests/orders.http');
    expectExactly(
      [
        'location /legacy/ {',
        '    proxy_pass http://erp:8080/;',
        `    proxy_set_header Authorization "Basic ${g.s(btoa(`erp-proxy:${passphrase(g)}`))}";`,
        `    proxy_set_header X-Api-Key "${g.s(g.hex(32))}";`,
        '    proxy_set_header X-Real-IP $remote_addr;',
        '}',
        '',
      ].join('\n'),
      'deploy/nginx/legacy.conf',
    );
  });
});

describe('logs', () => {
  it('a CI log with an env dump and a debug line', () => {
    expectExactly(
      [
        '+ printenv | sort',
        'CI=true',
        `DB_PASSWORD=${g.s(pw())}`,
        'GITHUB_TOKEN=***',
        `INTERNAL_API_TOKEN=${g.s(g.hex(40))}`,
        'PASSWORD_FILE=/run/secrets/db',
        `{"level":"info","msg":"Using key=${g.s(g.hex(32))} for webhook signatures"}`,
        '"processModel.password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"', // hush:allow: a masked value the generic assignment rule misreads
        '',
      ].join('\n'),
      'ci-logs/build-4821.log',
    );
  });

  it('hush redact masks what the new rules find in a build log', () => {
    const secrets = [pw(), g.hex(40), g.alnum(40), pw()];
    const log = [
      'Step 3/9 : RUN mysql -h db -u root -p' + secrets[0] + ' -e "select 1"',
      'INTERNAL_API_TOKEN=' + secrets[1],
      `curl -H "Authorization: Bearer ${secrets[2]}" https://api.example.com`,
      `Passwort: ${secrets[3]}`,
      'done',
    ].join('\n');
    const out = redactText(scanner, log);
    for (const s of secrets) assert.ok(!out.includes(s), 'a value survived');
    assert.ok(out.endsWith('\ndone'));
  });
});

describe('prose helpers', () => {
  it('columnKind reads a table header', () => {
    const cases: [string, string | undefined][] = [
      ['Password', 'password'],
      ['Admin password', 'password'],
      ['Passwort', 'password'],
      ['密码', 'password'],
      ['Kennwort', 'password'],
      ['API token', 'token'],
      ['Shared secret', 'token'],
      ['Password policy', undefined],
      ['Last password change', undefined],
      ['Passport number', undefined],
      ['Notes', undefined],
    ];
    for (const [header, kind] of cases) assert.equal(columnKind(header), kind, header);
  });

  it('folds non-ASCII labels into keywords as the prefilter folds text', () => {
    const [k] = foldedKeywords(['пароль']);
    assert.equal(k!.length, 6);
    assert.ok([...k!].every((c) => c.charCodeAt(0) < 128));
    assert.ok(foldedKeywords(['密码']).every((kw) => kw.length >= 3));
  });
});
