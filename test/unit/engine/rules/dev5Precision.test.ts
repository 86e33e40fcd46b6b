// Classes falsely reported in rw-dev5 and rw-dev3: a digest on the line under a token or password remark, a test
// runner's `PASS:` line, a Google-prefixed key in a Firebase web config read as a header, an htpasswd line
// (`user:$apr1$…`) under a secret's name, a Windows answer file's product key. Each case says what must stay quiet
// and what must still be found beside it; values come from a seed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd5e7_0005);

/** The values reported (any rule, information-level notes left out). */
const { found: values } = ruleAssertions(scanner);

describe('precision classes (rw-dev5, rw-dev3)', () => {
  it('reads a value after `digest:` or `shasum:` on its own line as a digest, under a line naming a token', () => {
    const log = (second: string) => [`2026-11-30T09:12:03.900Z + echo "export DEPLOY_TOKEN=$DEPLOY_TOKEN" >> env.sh`, `2026-11-30T09:12:04.002Z ${second}`, ''].join('\n');
    assert.deepEqual(values(log(`+ echo 'digest: sha256:${g.hex(64)}'`), 'ci/build.log'), []);
    assert.deepEqual(values(log(`shasum: ${g.hex(40)}`), 'ci/build.log'), []);
    const token = g.alnum(32);
    assert.deepEqual(values(`The deploy token for staging:\n${token}\n`, 'notes.md'), [token]);
  });

  it("leaves a test runner's PASS lines alone and still reads `pass:` as a label", () => {
    const out = ['=== RUN   TestPartnerClient', '--- PASS: TestPartnerClient (0.31s)', 'PASS: test_login_flow (0.02s)', 'ok  \tacme/partner\t0.412s', ''].join('\n');
    assert.deepEqual(values(out, 'ci/test-output.txt'), []);
    const pw = `${g.upper(1)}${g.lower(6)}${g.digits(3)}!`;
    assert.deepEqual(values(`VPN user: ops-bridge\npass: ${pw}\n`, 'notes.md'), [pw]);
    assert.deepEqual(values(`USER: ops-bridge\nPASS: ${pw}\n`, 'notes.md'), [pw]);
  });

  it("leaves a Firebase web config's Google-prefixed apiKey to Google's rule (a note at most), in every length", () => {
    for (const n of [35, 38]) {
      const text = `export const config = {\n  firebase: { apiKey: 'AIza${g.base64url(n)}', projectId: 'acme-web' },\n};\n`;
      assert.ok(!scanner.scan(text, { path: 'src/config.ts' }).some((f) => f.ruleId === 'http-credential-header'), `AIza + ${n}`);
    }
    const key = g.hex(32);
    assert.deepEqual(values(`headers:\n  X-Api-Key: ${key}\n`, 'gateway.yml'), [key]);
  });

  it("reads an htpasswd line under a secret's name as a stored hash, and a plain password there as a password", () => {
    const hash = `admin:$apr1$${g.alnum(8)}$${g.alnum(22)}`;
    assert.deepEqual(values(`services:\n  web:\n    environment:\n      BASIC_AUTH_HTPASSWD: ${hash}\n`, 'docker-compose.yml'), []);
    assert.deepEqual(values(`services:\n  web:\n    environment:\n      BASIC_AUTH_HTPASSWD: 'ops:{SSHA}${g.base64(28)}'\n`, 'docker-compose.yml'), []);
    const pw = `${g.upper(1)}${g.lower(7)}${g.digits(2)}#`;
    assert.deepEqual(values(`services:\n  web:\n    environment:\n      BASIC_AUTH_PASSWORD: ${pw}\n`, 'docker-compose.yml'), [pw]);
  });

  it("leaves a Windows answer file's product key alone and still finds its AutoLogon password", () => {
    const key = Array.from({ length: 5 }, () => g.upper(5)).join('-');
    const pw = `${g.upper(1)}${g.lower(7)}${g.digits(3)}`;
    const xml = ['<unattend>', '  <AutoLogon>', `    <Password><Value>${pw}</Value><PlainText>true</PlainText></Password>`, '  </AutoLogon>', `  <ProductKey>${key}</ProductKey>`, '</unattend>', ''].join('\n');
    assert.deepEqual(values(xml, 'autounattend.xml'), [pw]);
  });

  it('reads a lower camel-case word in backticks after a credentials sentence as code, and a run-together password as a password', () => {
    const name = `${g.lower(9)}Host`;
    const doc = `To reach other clouds, configure credentials with the \`${name}\` argument in the constructor.\n`;
    assert.deepEqual(values(doc, 'README.md'), []);
    const pw = `${g.lower(7)}Marble${g.upper(1)}${g.lower(8)}`;
    assert.deepEqual(values(`the wifi password is now ${pw}.\n`, 'notes.md'), [pw]);
  });
});
