// Classes of passwords and tokens in prose found while tuning on rw-dev9's prose part: a value out in an aligned
// column after its label (`API Key:        X` in a mail), a token label that ends a hyphenated compound
// (`API-Token für X: …`, `Produktiv-Schlüssel: …`), and credential pairs whose password is a word and a year joined
// by `@` or a name with digits after a dot. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd9a0);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'mail/notes.txt');

/** No prose rule reads a label there (the keyed rules may still find a random value under a secret name). */
const proseRules = (text: string, path = 'mail/notes.txt') =>
  scanner
    .scan(text, { path })
    .filter((f) => f.ruleId.startsWith('prose-'))
    .map((f) => f.ruleId);

const pad = () => ' '.repeat(g.pick([4, 6, 8, 12]));

describe('rw-dev9 prose classes', () => {
  describe('a value in an aligned column after its label', () => {
    it('finds a token or password several blanks after the colon', () => {
      assertFinds([(v) => `Portal:   https://portal.example\nAPI Key:${pad()}${v}\n`, (v) => `Access token:${pad()}${v}\n`], () => g.hex(64));
      assertFinds([(v) => `Username: acme\nPassword:${pad()}${v}\n`], () => `${g.pick(['Harbor', 'Falcon', 'Meadow'])}${g.digits(4)}!`);
    });
    it('stays quiet on remarks and stand-ins in the column', () => {
      assertQuiet(['Password:          (none)\n', 'API Key:        see vault\n', 'Token:          <paste here>\n', 'Secret:         ********\n']);
    });
  });

  describe('a token label ending a hyphenated compound', () => {
    it('finds the value after API-Token, Webhook-Secret and Produktiv-Schlüssel', () => {
      assertFinds(
        [(v) => `- API-Token für die Zeiterfassung: ${v}\n`, (v) => `Webhook-Secret: ${v}\n`, (v) => `Kommentar: Der Schlüssel war für die Testumgebung. Produktiv-Schlüssel: ${v}\n`],
        () => `${g.alnum(10)}.${g.alnum(26)}`,
      );
    });
    it('stays quiet on flags, properties and hyphenated words that are no label', () => {
      for (const text of [`run it with --api-token: ${g.alnum(32)}\n`, `spring.app-secret: ${g.alnum(32)}\n`, `x--Schlüssel: ${g.alnum(32)}\n`]) assert.deepEqual(proseRules(text), [], text);
      assertQuiet(['Non-Token: value\n']);
    });
  });

  describe('credential pairs with a chosen password', () => {
    it('finds Company@Year and name.surnameNN after the user', () => {
      assertFinds([(v) => `- Label printer web config = admin / ${v}\n`], () => `${g.pick(['Acme', 'Globex', 'Vantor'])}@${g.pick(['2023', '2024', '2026'])}`);
      assertFinds([(v) => `[09:15] priya: and the reporting user?\n[09:16] marek: reporting / ${v}\n`], () => `${g.pick(['mateo', 'lena', 'olga'])}.${g.pick(['bella', 'zeus'])}${g.digits(2)}`);
    });
    it('stays quiet on package versions and host names after the user', () => {
      assertQuiet(['Login for the NAS: admin / build.example.com\n', 'login: deploy / node@1.2.3\n', 'user login: admin / db01.internal\n', 'login: deploy / pkg@v2\n']);
    });
  });

  describe('a Markdown table written without its outer pipes', () => {
    it('finds the cells under its Password column', () => {
      assertFinds(
        [(v) => `Vendor | Portal user | Password | Last changed\n--- | --- | --- | ---\nTelekom | acme-billing | ${v} | 2026-01\n`, (v) => `Tool | Password\n:--- | ---\nNAS | ${v}\n`],
        () => `${g.pick(['qazwsx', 'Harbor', 'walrus'])}${g.pick(['!', '#'])}${g.digits(2)}`,
        'docs/vendors.md',
      );
    });
    it('stays quiet on pipes in prose with no separator row above', () => {
      assertQuiet(
        [
          `Name | Password\nsome text | more\n\nadmin | ${g.alnum(6)}!${g.digits(2)}\n`,
          `Run a | b to pipe\n--- | ---\nfoo | ${g.lower(8)}\n`,
          '* Add `tool 1password up|down|push|pull` and `tool bitwarden up|down|push|pull`\n',
        ],
        'docs/x.md',
      );
    });
  });

  describe('a chat reply typed without the apostrophe', () => {
    it('finds the value after "its" under a question that names it', () => {
      assertFinds([(v) => `Kuba — Today at 21:04\nrcon pass for the new box?\nZeus — Today at 21:05\nits ${v}\n`], () => `${g.pick(['Acme', 'Harbor'])}!${g.digits(4)}`, 'exports/discord.txt');
    });
    it('stays quiet on the possessive', () => {
      assertQuiet(['the password manager has its API#2 docs\n', 'The password service and its Config-v2 file\n'], 'exports/chat.txt');
    });
  });

  describe('a lower-case pin right before its digits', () => {
    it('finds the digits after "bank pin" and "the profile pin is"', () => {
      const pin = () => `${g.pick(['4', '7', '9'])}${g.pick(['81', '06', '53'])}${g.digits(1)}`;
      assertFinds([(v) => `wifi name Home\nbank pin ${v}\n`, (v) => `12/04/2026, 18:41 - Sofia: the profile pin is ${v}\n`], pin, 'notes/home.txt');
    });
    it('stays quiet on electronics pins and runs', () => {
      assertQuiet(['Connect GPIO pin 17 to the LED\n', 'set pin 4096 high\n', 'old laptop pin 4471\n', 'pin 1234\n', 'the pin 2048 mapping is in the header\n'], 'notes/home.txt');
    });
  });
});
