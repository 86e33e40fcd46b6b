// Classes found while tuning on rw-dev11's incident part (logs, tool output, tickets): aligned key/value tables
// printed by tools, gdb string arguments, Redis MONITOR's AUTH lines, `pin_code` fields, "new password X" in the
// languages tickets are written in, and the look-alikes that stay quiet (CI masks in URLs, Postman's request token,
// a CI cache's key, a Vault path). Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x1c1d11);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'support/output.txt');

const human = () => `${g.pick(['Harbor', 'Ginster', 'Kotek', 'Lapin'])}${g.digits(4)}${g.pick(['!', '#', '+'])}`;

describe('incident11: secrets in incident artifacts', () => {
  it('finds values in aligned NAME   value tables printed by tools (vault kv get, PowerShell Env:, debug pages)', () => {
    assertFinds(
      [
        (v) => `$ vault kv get -mount=kv apps/crm\n====== Data ======\nKey              Value\n---              -----\ndb_password      ${v}\nowner            crm-team\n`,
        (v) =>
          `PS C:\\app> Get-ChildItem Env: | Format-Table -AutoSize\n\nName                           Value\n----                           -----\nSMTP__Password                 ${v}\nOS                             Windows_NT\n`,
        (v) => `Request / Server Parameters\n\nKey                         Value\nAPP_ENV                     prod\nJWT_PASSPHRASE              ${v}\n`,
      ],
      human,
      'support/ps-env-output.txt',
    );
    assertFinds([(v) => `Key              Value\n---              -----\napi_token        ${v}\n`], () => g.hex(64), 'notes/vault-log.txt');
  });

  it('stays quiet on masked, path and number cells of such tables, and on tables in prose files', () => {
    assertQuiet(
      [
        `Key              Value\n---              -----\napi_token        ********\ncreated_time     2024-05-01T09:02:11Z\n`,
        `Key                    Value\n---                    -----\ntoken_accessor         ${g.alnum(24)}\ntoken_duration         768h\n`,
        `Name                           Value\n----                           -----\nJWT_SECRET_KEY                 %kernel.project_dir%/config/jwt/private.pem\nsession_token_ttl              ${g.digits(4)}\n`,
      ],
      'support/ps-env-output.txt',
    );
  });

  it('finds a password passed as a string argument in a gdb backtrace', () => {
    assertFinds(
      [
        (v) =>
          `#3  0x00007ffff7e3b4d1 in mysql_real_connect (mysql=0x5555557a4020, host=0x5555557a13c0 "10.0.8.21", user=0x5555557a13e0 "app", passwd=0x5555557a1400 "${v}", db=0x5555557a1420 "app", port=3306) at libmysql.c:1322\n`,
      ],
      human,
      'bugs/segv-backtrace.txt',
    );
    assertQuiet(['#3  0x00007ffff7e3b4d1 in connect (passwd=0x5555557a1400 "********", host=0x5555557a13c0 "db") at db.c:12\n'], 'bugs/segv-backtrace.txt');
  });

  it("finds passwords in redis-cli MONITOR's AUTH and CONFIG SET requirepass lines", () => {
    assertFinds(
      [
        (v) => `${g.digits(10)}.${g.digits(6)} [0 10.0.4.12:51122] "AUTH" "${v}"\n`,
        (v) => `${g.digits(10)}.${g.digits(6)} [0 10.0.4.19:40112] "AUTH" "default" "${v}"\n`,
        (v) => `${g.digits(10)}.${g.digits(6)} [0 127.0.0.1:60011] "CONFIG" "SET" "requirepass" "${v}"\n`,
      ],
      human,
      'debug/redis-monitor.txt',
    );
    assertQuiet(
      [`${g.digits(10)}.${g.digits(6)} [0 10.0.4.12:51122] "AUTH" "<password>"\n`, `${g.digits(10)}.${g.digits(6)} [0 10.0.4.12:51122] "SET" "session:${g.hex(8)}" "${g.hex(32)}"\n`],
      'debug/redis-monitor.txt',
    );
  });

  it('finds a PIN under a `pin_code` / `pinCode` field', () => {
    const pin = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));
    assertFinds([(v) => `{"user_prefs": {"pin_lock_enabled": true, "pin_code": "${v}", "theme": "dark"}}\n`, (v) => `walletPinCode = ${v}\n`], pin, 'support/bugsnag-raw.json');
    assertQuiet(['{"pincode": "560001", "city": "Bengaluru"}\n', '{"pin_code": "0000"}\n'], 'support/bugsnag-raw.json');
  });

  it('finds a password right after "new password" in German, Spanish, Russian and other ticket languages', () => {
    assertFinds(
      [
        (v) => `Ich habe es mit dem neuen Kennwort ${v} versucht, das Sie mir gegeben haben.\n`,
        (v) => `[09:05] Ирина: да, я вчера ротировала, новый пароль ${v} — но деплой не перезапустился\n`,
        (v) => `Probé con la nueva contraseña ${v} y nada.\n`,
      ],
      human,
      'support/ticket.txt',
    );
    assertQuiet(['Das neue Passwort wird per SMS verschickt.\n', 'новый пароль будет выслан завтра\n'], 'support/ticket.txt');
  });

  it("stays quiet on a CI mask in a URL, Postman's request token, a CI cache key and a Vault path", () => {
    assertQuiet(['$ pip config set global.index-url "https://gitlab-ci-token:[MASKED]@gitlab.example.com/api/v4/projects/88/packages/pypi/simple"\n'], 'ci-logs/job.log');
    assertQuiet([`POST https://api.example.com/v1/token\n  Request Headers\n    Postman-Token: ${g.uuid()}\n    Host: api.example.com\n`], 'support/postman-console.txt');
    assertQuiet([`Setting up the cache for the token service\nCache restored from key: Linux-node-${g.hex(64)}\n`], 'support/notes.md');
    assertQuiet(['Where is the secret?\n== Secret Path ==\nkv/data/apps/crm\n'], 'support/notes.md');
  });
});
