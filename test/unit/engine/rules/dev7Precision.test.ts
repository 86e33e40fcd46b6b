// Classes falsely reported in rw-dev7's look-alike part (neg*.ts): each case says what must stay quiet and what must
// still be found beside it; values come from a seed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_7e07);

/** The values reported (any rule, information-level notes left out). */
const { found: values } = ruleAssertions(scanner);

/** A password with no characters that end a value in the syntaxes below, with a digit for sure. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`:@/]/g, '')}Q7`;
const dir = () => `/${g.pick(['srv', 'opt', 'app', 'workspace', 'home'])}${g.pick(['', `/${g.lower(6)}`])}`;

describe('precision classes (rw-dev7 look-alikes)', () => {
  it('reads PWD and OLDPWD holding a path as the working directory, in shells, compose files and env dumps', () => {
    const d = dir();
    assert.deepEqual(values(`cd ${d}\nPWD=${d} ./bin/healthcheck\n`, 'home/ops/.bash_history'), []);
    assert.deepEqual(values(`services:\n  app:\n    environment:\n      PWD: ${dir()}\n      OLDPWD: ~/${g.lower(5)}\n`, 'docker-compose.yml'), []);
    assert.deepEqual(values(`{\n  "Config": {\n    "Env": [\n      "PWD=${dir()}",\n      "HOME=/root"\n    ]\n  }\n}\n`, 'debug/docker-inspect.json'), []);
    // Beside them, a password is still a password, under the same names or another.
    const p = pw();
    assert.deepEqual(values(`services:\n  app:\n    environment:\n      PWD: ${dir()}\n      DB_PASSWORD: ${p}\n`, 'docker-compose.yml'), [p]);
    const q = pw();
    assert.deepEqual(values(`pwd: ${q}\n`, 'config/db.yml'), [q]);
  });

  it('reads the jwt.io sample with its user renamed (subject 1234567890, issued at 1516239022) as a documented example', () => {
    const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = b64url({ alg: 'HS256', typ: 'JWT' });
    const sample = `${head}.${b64url({ sub: '1234567890', name: g.pick(['Jane Example', 'Alice', 'Max Mustermann']), admin: true, iat: 1516239022 })}.${g.base64url(43)}`;
    assert.deepEqual(values(`# Authentication\n\nA decoded token looks like this:\n\n    ${sample}\n`, 'docs/api/authentication.md'), []);
    assert.deepEqual(values(`const token = '${sample}';\n`, 'src/api/client.ts'), []);
    // The same subject in a token issued now is no sample.
    const live = `${head}.${b64url({ sub: '1234567890', name: 'Ana', iat: 1764000000 + Number(g.digits(6)), exp: 1766000000 })}.${g.base64url(43)}`;
    assert.deepEqual(values(`const token = '${live}';\n`, 'src/api/client.ts'), [live]);
  });

  it("reads sig= in a URL that carries its own expiry as that signed URL's signature, not a key", () => {
    const epoch = () => `17${g.digits(8)}`;
    const mitm = `127.0.0.1:53122: GET https://cdn.example.org/media/v/${g.hex(12)}.mp4?exp=${epoch()}&sig=${g.hex(64)}\n              << 206 Partial Content 1.2m\n`;
    assert.deepEqual(values(mitm, 'debug/mitm-flows.txt'), []);
    const access = `10.0.0.44 - - [02/Mar/2026:10:00:11 +0000] "GET /download/report.pdf?sig=${g.hex(64)}&expires=${epoch()} HTTP/1.1" 200 88122 "-" "curl/8.5.0"\n`;
    assert.deepEqual(values(access, 'logs/access.log'), []);
    // Without an expiry in its URL, a sig= value is still reported; so is a key= beside an expiry.
    const sig = g.alnum(32);
    assert.deepEqual(values(`GET /v1/export?format=csv&sig=${sig} HTTP/1.1\n`, 'logs/access.log'), [sig]);
    const key = g.alnum(32);
    assert.deepEqual(values(`      - url: https://hooks.example.io/alerts?expires=${epoch()}&key=${key}\n`, 'alerts.yml'), [key]);
  });

  it('reads a password-making command in a passphrase slot (`openssl rand -base64 24`) as the command, not a passphrase', () => {
    const n = g.pick(['24', '32', '48']);
    assert.deepEqual(values(`1. Generate a new password: \`openssl rand -base64 ${n}\` (the policy wants ${n}+ characters).\n`, 'docs/runbooks/rotate.md'), []);
    assert.deepEqual(values(`The admin password: \`openssl rand -hex ${n}\`\n`, 'docs/setup.md'), []);
    // Lower-case words with spaces are still a passphrase there.
    const phrase = Array.from({ length: 4 }, () => g.pick(['harbor', 'walnut', 'copper', 'meadow', 'falcon', 'lantern'])).join(' ');
    assert.deepEqual(values(`The admin password: \`${phrase}\`\n`, 'docs/setup.md'), [phrase]);
  });

  it('reads a value on a line that shows its shape (a JSDoc @example tag, "looks something like this") as a documented example', () => {
    const hex = g.hex(64);
    const jsdoc = `  /**\n   * Specify a privateKey to decrypt any encrypted contents with.\n   *\n   * @example require('lib').parse('HELLO=x', { privateKey: '${hex}' })\n   */\n  privateKey?: string;\n`;
    assert.deepEqual(values(jsdoc, 'src/lib/main.d.ts'), []);
    const sas = () => `sp=r&amp;st=2023-12-20T14:54:52Z&amp;se=2023-12-20T22:54:52Z&amp;spr=https&amp;sv=2021-06-08&amp;sr=c&amp;sig=${g.base64(43)}%3D`;
    assert.deepEqual(values(`     * The token is part of the SAS URI string. A token looks something like this:  ${sas()}\n`, 'clients/datasync.d.ts'), []);
    // The same values without the remark are reported.
    const key = g.hex(64);
    assert.deepEqual(values(`const parsed = lib.parse(src, { privateKey: '${key}' })\n`, 'src/index.js'), [key]);
    const live = sas();
    assert.deepEqual(
      values(`const url = "https://acme.blob.core.windows.net/c/f.csv?${live.replace(/&amp;/g, '&')}";\n`, 'src/export.ts').map((v) => v.slice(0, 8)),
      [live.slice(live.indexOf('sig=') + 4, live.indexOf('sig=') + 12)],
    );
  });
});
