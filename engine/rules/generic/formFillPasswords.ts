// A password typed into a login form's password field by a browser-automation script or shown in its call log:
// Playwright's `page.fill('#password', 'v')` and `getByLabel('Password').fill('v')`, Puppeteer's `page.type(sel, 'v')`,
// Cypress's `cy.get('#password').type('v')`, WebdriverIO's `$('#password').setValue('v')`, Selenium's
// `find_element(By.ID, "password").send_keys("v")` (rw-dev9's Playwright report: `- locator.fill('#password', 'v')`).
// The selector or label names the field; the literal is what the script logs in with.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** A quoted selector or label (at most 80 characters, other quotes inside: `'input[name="password"]'`) that names a password field, in the languages forms are labelled in. */
const passwordField = (quote: string) =>
  `(?<${quote}>["'\`])(?=(?:(?!\\k<${quote}>)[^\\n]){0,60}(?:[Pp]ass|PASS|[Pp]wd|PWD|[Kk]ennwort|[Ss]enha|[Cc]ontrase|[Ww]achtwoord|[Mm]ot de passe))(?:(?!\\k<${quote}>)[^\\n]){1,80}\\k<${quote}>`;
/** The typing call: the field first (`.fill(field, v)`), or the field's locator and then the call (`$(field).setValue(v)`). */
const TYPED = `(?:\\.(?:fill|type)\\([ \\t]{0,2}${passwordField('fq')}[ \\t]{0,2},|${passwordField('lq')}[ \\t]{0,2}\\)\\)?[ \\t]{0,2}\\.(?:fill|type|setValue|addValue|sendKeys|send_keys|pressSequentially)\\()`;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const test = kind === 'test';
  return passwordVerdict(value, 'password', { strict: test, test, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const formFillPasswordRule: Rule = {
  id: 'form-fill-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Password typed into a password field by a browser-automation script (Playwright, Puppeteer, Cypress, WebdriverIO, Selenium)',
  keywords: ['.fill(', '.type(', '.setvalue(', '.addvalue(', '.sendkeys(', '.send_keys(', '.presssequentially('],
  keywordWindow: { before: 140, after: 90 },
  pattern: new RegExp(`${TYPED}[ \\t]{0,2}(?<vq>["'\`])(?<secret>[^"'\`\\n\\\\]{4,64})\\k<vq>`),
  validate,
  envName: 'E2E_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://playwright.dev/docs/auth',
  revocationUrl: null,
  revocationNote: "Change the account's password, then have the test read it from the CI's secret store (process.env.E2E_PASSWORD).",
  examples: {
    positives: (g) => [
      `      - locator.fill('#email', 'qa+buyer@acme.example')\n      - locator.fill('#password', '${g.s(`${g.lower(5)}_${g.digits(4)}`)}')`,
      `  await page.getByLabel('Passwort').fill('${g.s(`${g.pick(['Hafen', 'Birke', 'Falke'])}${g.digits(4)}!`)}');`,
      `d.find_element(By.ID, "password").send_keys("${g.s(`${g.pick(['Sommer', 'Winter'])}${g.digits(4)}#`)}")`,
      `    cy.get('input[name="password"]').type('${g.s(`${g.lower(6)}${g.digits(3)}?`)}')`,
      `driver.findElement(By.id("pwd")).sendKeys("${g.s(`${g.upper(1)}${g.lower(6)}.${g.digits(4)}`)}");`,
    ],
    negatives: (g) => [
      "await page.fill('#password', process.env.E2E_PASSWORD);",
      "await page.fill('[name=\"password\"]', 'abcdefghijkl');",
      "await page.fill('#password', '<password>');",
      `await page.fill('#username', '${g.lower(5)}_${g.digits(4)}');`,
      "cy.get('#password').type('{enter}')",
      "await page.getByLabel('Password').fill('password');",
    ],
  },
};
