// Classes found among what rw-dev .. rw-dev10 still missed outside prose: a key after a string's `\n` or `\t` escape,
// a password typed into a login form by a browser-automation script, and token forms of HTTP auth and URLs (chat
// webhook paths, `?API=` and `?cle=` query keys, SharedKey and user_token schemes, a Python dict of cookies).
// Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x22c);
const { found, assertFinds, assertQuiet } = ruleAssertions(scanner, 'scripts/setup.sh');

const chosen = () => `${g.pick(['Hafen', 'Birke', 'Falke', 'Sommer'])}${g.digits(4)}${g.pick(['!', '#', '.'])}`;

describe('tune22c classes', () => {
  describe('a key after a string escape', () => {
    it('reads the name after \\n or \\t, not the escape letter with it', () => {
      assertFinds(
        [(v) => `RUN echo "[client]\\nuser=root\\npassword=${v}" > /root/.my.cnf`, (v) => `printf "host=db01\\tdb_password=${v}\\n" >> app.env`, (v) => `conf = "[smtp]\\r\\nsmtp_password = ${v}\\r\\n"`],
        chosen,
      );
    });
    it('leaves a name that itself starts with the letter, and placeholders after an escape', () => {
      assertQuiet(['RUN echo "[client]\\nuser=root\\npassword=$MYSQL_ROOT_PASSWORD" > /root/.my.cnf', 'printf "user=admin\\npassword=changeme\\n"']);
      // `\token` is not an escape followed by `oken`: the name stays `token` (and a word is no token).
      assert.deepEqual(found('path = "C:\\token=readme"'), []);
    });
  });

  describe('a password typed into a login form', () => {
    it('finds Playwright, Cypress, WebdriverIO and Selenium forms, and a call log', () => {
      assertFinds(
        [
          (v) => `  await page.fill('#password', '${v}');`,
          (v) => `  await page.getByLabel('Kennwort').fill('${v}');`,
          (v) => `    cy.get('input[type="password"]').type('${v}')`,
          (v) => `  await $('#pwd').setValue('${v}')`,
          (v) => `driver.find_element(By.NAME, "password").send_keys("${v}")`,
          (v) => `    - locator.fill('#password', '${v}')`,
        ],
        chosen,
        'e2e/login.spec.ts',
      );
    });
    it('leaves other fields, references, placeholders and dummies', () => {
      assertQuiet(
        [
          `  await page.fill('#email', '${chosen()}');`,
          '  await page.fill("#password", process.env.E2E_PASSWORD!);',
          "  await page.fill('#password', 'password');",
          "  await page.fill('#password', 'test1234');",
          "  cy.get('#password').type('{enter}')",
          "  await page.type('#password', 'wrong-password')",
        ],
        'e2e/login.spec.ts',
      );
    });
  });

  describe('HTTP auth and URL token forms', () => {
    it('finds a generated webhook path, query keys, SharedKey and user_token schemes and a dict of cookies', () => {
      const cases: [string, string][] = [];
      const hook = g.alnum(32);
      cases.push([`curl -fsS -X POST https://chat.example.io/hooks/${hook} -d '{"text": "ok"}'`, hook]);
      const api = g.alnum(20);
      cases.push([`curl -s "https://api.statuscake.com/v1/Tests?API=${api}&Username=ops"`, api]);
      const cle = g.base64(44);
      cases.push([`url=https://hooks.partner.example/acme?cle=${cle} status=200`, cle]);
      const sig = `${g.base64(43)}=`;
      cases.push([`curl -H "Authorization: SharedKey stdata01:${sig}" https://stdata01.blob.core.windows.net/`, sig]);
      const glpi = g.hex(32);
      cases.push([`-Headers @{ 'Authorization' = 'user_token ${glpi}' }`, glpi]);
      const sid = g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      cases.push([`request.COOKIES = {'csrftoken': '${g.alnum(32)}', 'sessionid': '${sid}'}`, sid]);
      for (const [text, value] of cases) assert.ok(found(text, 'logs/app.log').includes(value), text);
    });
    it('leaves routes, words and templates in the same places', () => {
      assertQuiet(
        [
          'curl -X POST https://deploy.example.io/hooks/erp-connector',
          'url: "https://chat.example.io/hooks/{{ chat_hook_id }}"',
          'https://example.com/docs?api=payments-v2-reference',
          'Authorization: SharedKey myaccount:<signature>',
          "SESSION_COOKIE_NAME = 'sessionid'",
        ],
        'logs/app.log',
      );
    });
  });
});
