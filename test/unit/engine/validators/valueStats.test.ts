// Validators shared by every rule: the placeholder filter and the value statistics (engine/validators/valueStats.ts).
import assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { isSequentialOrRepeated, isWordy, looksRandom, shannonEntropy } from '../../../../engine/validators/valueStats';
import { fileKind } from '../../../../engine/validators/fileKind';
import { isPlaceholder } from '../../../../engine/validators/placeholder';

const g = createExampleGen(11);

describe('placeholder filter', () => {
  it('recognises placeholders, templates, references and documented examples', () => {
    const values = [
      'YOUR_API_KEY',
      '<token>',
      '<your-secret-here>',
      'xxxxxxxxxxxx',
      '********',
      'changeme',
      'REPLACE_ME',
      '${VAR}',
      '{{ var }}',
      '%(password)s',
      '$(API_KEY)',
      '%CLIENT_SECRET%',
      '#{secret}',
      'process.env.API_KEY',
      'os.environ',
      'op://vault/item/field',
      'AKIAIOSFODNN7EXAMPLE',
      'sk_live_YOUR_SECRET_KEY_HERE_123',
      'fake-api-key-for-tests',
      'my-secret-token',
      'test_token',
    ];
    for (const v of values) assert.ok(isPlaceholder(v), v);
  });

  it('leaves the published keys firmware carries: the FIPS-197 / RFC 4493 AES key and the Zigbee HA link key, in both cases', () => {
    // Built from their parts so the repository holds no key-looking literal.
    const aes = ['2b7e1516', '28aed2a6', 'abf71588', '09cf4f3c'].join('');
    const zigbee = Buffer.from('ZigBee' + 'Alliance09').toString('hex');
    for (const v of [aes, aes.toUpperCase(), zigbee, zigbee.toUpperCase()]) assert.ok(isPlaceholder(v), v);
    assert.ok(!isPlaceholder(g.hex(32)));
  });

  it('keeps random values that happen to contain a placeholder word', () => {
    // A run of random letters may spell `tbd`, `Fake` or `my` next to digits: that is no placeholder.
    for (const v of ['oy2myp9tbd57qdxnuqb589ssqrum63', `My==${g.alnum(16)}`, `${g.alnum(10)}Fake7${g.alnum(10)}`, `${g.alnum(12)}XXXX9${g.alnum(12)}`]) {
      assert.ok(!isPlaceholder(v), v);
    }
  });

  it('keeps a random salt whose symbols happen to open and close angle brackets', () => {
    // WordPress's salt generator draws from letters, digits and `!@#$%^&*()-_=+[]{}|;:,.<>/?~`.
    const salt = `${g.alnum(6)}<%,<${g.alnum(8)}:8:${g.alnum(4)}=${g.alnum(6)})!%${g.alnum(8)}(>${g.alnum(12)}`;
    assert.ok(!isPlaceholder(salt), salt);
    assert.ok(isPlaceholder('<%= db_password %>'));
    assert.ok(isPlaceholder('<API key (from the dashboard)>'));
  });

  it("reads Oracle's user/$PASSWORD login as a variable, and keeps a password that only holds a slash and a dollar", () => {
    for (const v of ['apps/$APPS_PWD', 'system/${SYSTEM_PASSWORD}', 'apps/$']) assert.ok(isPlaceholder(v), v);
    for (const v of [`${g.alnum(6)}/$${g.digits(4)}x`, `${g.alnum(8)}$/${g.alnum(4)}`]) assert.ok(!isPlaceholder(v), v);
  });

  it('treats a CTF flag as no credential, and keeps passwords with braces', () => {
    for (const v of [`flag{${g.lower(4)}_${g.digits(2)}_${g.lower(5)}}`, `HTB{${g.alnum(20)}}`, `picoCTF{${g.lower(6)}_${g.hex(8)}}`, `flag{${g.hex(32)}`]) assert.ok(isPlaceholder(v), v);
    for (const v of [`Fl{${g.alnum(10)}}`, `${g.alnum(8)}{${g.digits(4)}}`, `flags${g.digits(4)}!`]) assert.ok(!isPlaceholder(v), v);
  });
});

describe('value statistics', () => {
  it('tells words and identifiers from random values', () => {
    const wordy = ['SignInPasswordRequired', 'msal:acquireTokenStart', 'CredentialUnavailableError', 'P@ssw0rd2024', 'Password123', 'use-credentials', 'X-IDENTITY-HEADER', 'Unerwartete'];
    for (const v of wordy) assert.ok(isWordy(v) && !looksRandom(v), v);
  });

  it('accepts nearly every generated secret of usual shapes', () => {
    const shapes: [string, () => string][] = [
      ['alnum 12', () => g.alnum(12)],
      ['alnum 32', () => g.alnum(32)],
      ['hex 32', () => g.hex(32)],
      ['base64 40', () => g.base64(40)],
      ['lower 24', () => g.lower(24)],
    ];
    for (const [name, make] of shapes) {
      let rejected = 0;
      for (let i = 0; i < 500; i++) if (!looksRandom(make())) rejected++;
      assert.ok(rejected <= 25, `${name}: ${rejected} of 500 rejected`);
    }
  });

  it('rejects filler, sequences and short values', () => {
    for (const v of ['abcdefgh', '12345678', 'qwertyuiop', 'aaaaaaaaaa', 'abcabcabcabc', 'a1b2c3']) assert.ok(!looksRandom(v), v);
    assert.ok(isSequentialOrRepeated('zyxwvuts'));
    assert.ok(!isSequentialOrRepeated(g.alnum(16)));
  });

  it('measures Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });
});

describe('file kinds', () => {
  it('classifies paths', () => {
    const cases: [string, string][] = [
      ['package-lock.json', 'lockfile'],
      ['sub/yarn.lock', 'lockfile'],
      ['go.sum', 'lockfile'],
      ['dist/app.min.js', 'minified'],
      ['test/a.test.ts', 'test'],
      ['src/__tests__/x.js', 'test'],
      ['pkg/a_test.go', 'test'],
      ['README.md', 'prose'],
      ['nb/a.ipynb', 'notebook'],
      ['.env.local', 'config'],
      ['Dockerfile', 'config'],
      ['scripts/nightly.bat', 'config'],
      ['tools/deploy.cmd', 'config'],
      ['var/lib/iwd/Halle2.psk', 'config'],
      ['ODBC/Data Sources/Reporting.dsn', 'config'],
      ['src/a.ts', 'code'],
    ];
    for (const [path, kind] of cases) assert.equal(fileKind(path), kind, path);
  });
});
