// Misses with odd syntaxes (tenth session): a password that starts with `%` (only a whole `%NAME%` is a Windows
// reference), Laravel's `base64:` application key wherever it is printed, a `Basic` blob away from its header, and a
// word-only password a logger prints in a quoted object. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x0dd5_0010);

const { found: values } = ruleAssertions(scanner);
const rules = (text: string, path: string) => scanner.scan(text, { path }).map((f) => f.ruleId);

/** A password someone typed, starting with `%` or holding one. */
const percentPassword = () => `%${g.pick(['Tiger', 'Harbor', 'Summer', 'Maple'])}${g.digits(2)}${g.lower(2)}`;
const laravelKey = () => `base64:${g.base64(43)}=`;

describe('odd syntaxes (tenth session)', () => {
  it('reads a value starting with % as a password; only a whole %NAME% is a reference', () => {
    const p = percentPassword();
    assert.deepEqual(values(`DB_PASSWORD=${p}\n`, 'deploy/.env'), [p]);
    const q = percentPassword();
    assert.deepEqual(values(`database:\n  password: "${q}"\n`, 'config/app.yml'), [q]);
    const r = percentPassword();
    assert.deepEqual(values(`Password: ${r}\n`, 'notes/handover.txt'), [r]);
    // References stay references.
    assert.deepEqual(values(`set DB_PASSWORD=%DB_PASS%\n`, 'deploy/run.bat'), []);
    assert.deepEqual(values(`database:\n  password: "%${g.pick(['DB_PASS', 'kernel.secret', 'env_password'])}%"\n`, 'config/app.yml'), []);
  });

  it("finds Laravel's application key in .env files, config, compose files and artisan's output", () => {
    for (const make of [
      (k: string) => [`APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=${k}\nAPP_DEBUG=false\n`, '.env'],
      (k: string) => [`$ php artisan key:generate --show\n${k}\n$ php artisan migrate\n`, 'docs/setup.md'],
      (k: string) => [`   INFO  Application key [${k}] set successfully.\n`, 'ci-logs/deploy.log'],
      (k: string) => [`    'key' => env('APP_KEY', '${k}'),\n`, 'config/app.php'],
      (k: string) => [`services:\n  app:\n    environment:\n      - APP_KEY=${k}\n`, 'docker-compose.yml'],
    ]) {
      const k = laravelKey();
      const [text, path] = make(k);
      assert.deepEqual(values(text!, path!), [k], text);
      assert.ok(rules(text!, path!).includes('laravel-app-key'), text);
    }
    // Filler and a base64 digest without Laravel around it are not the key.
    assert.deepEqual(values(`APP_KEY=base64:${'A'.repeat(43)}=\n`, '.env'), []);
    assert.deepEqual(values(`{"integrity": "${laravelKey()}"}\n`, 'build/manifest.json'), []);
  });

  it('finds a Basic blob away from its header when it decodes to user:password, and only then', () => {
    const pair = `${g.lower(4)}-sync:${g.pick(['Harbor', 'Falcon'])}${g.digits(3)}#${g.lower(2)}`;
    const blob = Buffer.from(pair).toString('base64');
    assert.deepEqual(values(`PROXY_AUTH=Basic ${blob}\n`, 'deploy/.env'), [blob]);
    assert.deepEqual(values(`The partner API takes Basic ${blob} on every call.\n`, 'docs/partner.md'), [blob]);
    assert.deepEqual(values(`2026-03-01T10:00:00Z DEBUG upstream auth=basic ${blob}\n`, 'logs/gateway.log'), [blob]);
    // Not a login pair: words, a token sent with an empty user, random base64.
    assert.deepEqual(values(`The basic ${Buffer.from(`${g.lower(4)} ${g.lower(5)} ${g.lower(6)}`).toString('base64')} plan\n`, 'docs/plans.md'), []);
    assert.deepEqual(values(`PROXY_AUTH=Basic ${Buffer.from(`:${g.lower(40)}`).toString('base64')}\n`, 'deploy/.env'), []);
    assert.deepEqual(values(`mode: basic ${g.alnum(24)}\n`, 'config/app.yml'), []);
  });

  it('finds a word-only password in an object a logger printed with single quotes', () => {
    const w = g.pick(['saudade', 'pelican', 'marmalade', 'quokka']);
    const log = `2026-03-01T10:00:00Z ERROR MongoServerError: Authentication failed.\n    at connect (/app/db.js:12:7) {\n        auth: { username: 'acme-eu', password: '${w}' },\n        code: 18\n    }\n`;
    assert.deepEqual(values(log, 'logs/pm2/api-error.log'), [w]);
    // A type or a masked value printed the same way is not.
    assert.deepEqual(values(`2026-03-01 DEBUG options { password: 'string', token: '***' }\n`, 'logs/app.log'), []);
  });
});
