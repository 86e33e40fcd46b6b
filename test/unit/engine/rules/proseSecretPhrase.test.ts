// prose-stated-key-value: a generated key given at the end of a clause that names it with words between. What
// makes it subtle is where it must stay quiet: a key word ending in a colon alone (a record's key, a log field), a
// JSON export, an id or a hash named between, a public key in another language, and a reset token.
// Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2626);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'docs/notes.md');
const ruleIds = (text: string, path = 'docs/notes.md') => scanner.scan(text, { path }).map((f) => f.ruleId);

describe('prose-stated-key-value', () => {
  it('finds a generated key after the words of its clause, in many languages', () => {
    assertFinds(
      [
        (v) => `**F-7 Secrets in the wiki.** API key for the asset tool in a public KB article: ${v}\n`,
        (v) => `Le client_secret de l'application est ${v}, il faut le changer.\n`,
        (v) => `- Die Laborbuch-Software bekommt ihren API-Schlüssel vom Admin; meiner ist ${v}, bitte nicht weitergeben.\n`,
      ],
      () => g.alnum(40),
    );
    assertFinds([(v) => `Nyckeln för säkerhetsåtkomst nivå 0x05 har vi ändrat till ${v}, den gamla gäller inte längre.\n`], () => g.hex(32).toUpperCase(), 'mail/flash.eml');
  });

  it('takes a UUID only close after its word', () => {
    assertFinds([(v) => `* ENTSO-E token for the forecast job: \`${v}\` – registered to my email\n`], () => g.uuid());
    assertQuiet([`The API key was revoked after the incident that we tracked in our tracker as ${g.uuid()}\n`]);
  });

  it('stays quiet on records, ids, hashes and public keys', () => {
    // Other rules may take some of these (a bare `token:` line is a keyed rule's); this one must not.
    const mine = [
      `FCM token: ${g.alnum(24)}\n`,
      `The token for the export has request id: ${g.uuid()}\n`,
      `Token-signing certificate thumbprint: ${g.hex(40).toUpperCase()}\n`,
      `AES256 key of svc_sql (from DCSync): ${g.hex(64)}\n`,
      `Withdrawal key name must match exactly: "cold-1". Reference: ${g.hex(64)}\n`,
    ];
    for (const text of mine) assert.ok(!ruleIds(text).includes('prose-stated-key-value'), text);
    assert.ok(!ruleIds(`Klucz reCAPTCHA (publiczny, w HTML): \`${g.alnum(40)}\`\n`).includes('prose-stated-key-value'));
    assert.ok(!ruleIds(`  { "note": "the api key for the bot is ${g.alnum(40)}" }\n`, 'exports/notes.json').includes('prose-stated-key-value'));
    assert.ok(!ruleIds(`2026-01-01 INFO the api key for the bot is ${g.alnum(40)}\n`, 'logs/app.log').includes('prose-stated-key-value'));
  });
});
