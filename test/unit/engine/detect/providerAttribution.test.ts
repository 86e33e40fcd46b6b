// A generic finding whose value has a context-only provider's format, with the provider named on its line or the
// line above, is reported under the provider's rule (issue 16: a named finding gets the revocation page).
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(23);
const mailgunKey = () => `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`;

function ruleAt(text: string, path: string, value: string): string | undefined {
  const start = text.indexOf(value);
  return scanner.scan(text, { path }).find((f) => f.start <= start && start < f.end)?.ruleId;
}

describe('provider attribution of generic findings', () => {
  it('names the provider written on the same line (a host beside the secret in an object)', () => {
    const key = mailgunKey();
    const text = `const mail = { host: 'smtp.mailgun.org', user: 'postmaster', secret: '${key}' };\n`;
    const found = scanner.scan(text, { path: 'src/mail.js' }).find((f) => text.indexOf(key) === f.start);
    assert.equal(found?.ruleId, 'mailgun-api-key');
    assert.equal(found?.provider, 'Mailgun');
    assert.ok(found?.fingerprint.startsWith('mailgun-api-key:'));
    assert.ok(!found?.masked.includes(key.slice(4, 28)), 'the value stays masked');
  });

  it('names the provider written on the line above', () => {
    const key = mailgunKey();
    assert.equal(ruleAt(`# Mailgun (transactional mail)\nsecret_key = "${key}"\n`, 'settings.ini', key), 'mailgun-api-key');
  });

  it('leaves the finding generic when the provider word is only part of another word, or farther up', () => {
    const key = mailgunKey();
    const inWord = ruleAt(`# notmailgunny\nsecret_key = "${key}"\n`, 'settings.ini', key);
    const far = ruleAt(`# Mailgun\n\n\nsecret_key = "${key}"\n`, 'settings.ini', key);
    for (const id of [inWord, far]) assert.ok(id !== undefined && id !== 'mailgun-api-key', String(id));
  });

  it('leaves the finding generic when the value does not have the provider format', () => {
    const value = g.alnum(40);
    const id = ruleAt(`# Mailgun\nsecret_key = "${value}"\n`, 'settings.ini', value);
    assert.ok(id !== undefined && id !== 'mailgun-api-key', String(id));
  });
});
