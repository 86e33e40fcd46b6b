// One word in capitals given as a password after its label (`Password: TULIP`) or in a password column, and the words written there that are no password (every refusal list
// of proseWordPassword.ts). Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x16_0c);
const { found: values } = ruleAssertions(scanner);
const word = () => g.pick(['tulip', 'pumpkin', 'bramble', 'walrus', 'lantern', 'mistral']);

describe('one word given as a password after its label', () => {
  it('finds a word in capitals alone after the label, in English and abroad', () => {
    const [a, b] = [word().toUpperCase(), word().toUpperCase()];
    assert.deepEqual(values(`* Oscilloscope web UI password: ${a}\nHasło do wifi: ${b}\n`, 'docs/lab/README.md'), [a, b]);
  });

  it('finds a word in capitals under a password column', () => {
    const a = word().toUpperCase();
    assert.deepEqual(values(`| Tenant | Login | Password |\n|---|---|---|\n| Fabrikam | admin@fabrikam | ${a} |\n`, 'docs/tenants.md'), [a]);
    assert.deepEqual(values(`Title,URL,Username,Password,Notes\nschool,https://school.example,me,${a},\n`, 'exports/Passwords.csv'), [a]);
  });

  it('leaves the refusal words of every language, in capitals too', () => {
    const text = [
      'Password: NONE',
      'Password: REDACTED',
      'Password: UNCHANGED',
      'The password is same.',
      'The password is below.',
      'Das Passwort ist geheim.',
      'La contraseña es obligatoria.',
      'Het wachtwoord is onjuist.',
      'La password è sbagliata.',
      'The password is kept.',
      '',
    ].join('\n');
    assert.deepEqual(values(text, 'docs/notes.md'), []);
  });

  it('leaves adjectives and participles, names of the credential and type names', () => {
    const text = 'The password is configurable.\nThe password is displayed (masked).\nPassword: MYPASSWORD\nPassword: DBPASS\nThe password is generic.\n';
    assert.deepEqual(values(text, 'docs/notes.md'), []);
  });

  it('leaves a word the sentence goes on after, a label that is no password and an org-mode tag', () => {
    const a = word();
    const text = `The password is ${a} and more words follow\nPassword policy: ${a}\n* TODO rotate IPMI password                :security:\n`;
    assert.deepEqual(values(text, 'notes/infra.org'), []);
  });

  it('leaves a word in capitals in code (a constant) and a refusal word under a password column', () => {
    assert.deepEqual(values(`password = ${word().toUpperCase()}\n`, 'src/config.py'), []);
    assert.deepEqual(values(`| Tenant | Password |\n|---|---|\n| Contoso | NONE |\n| Fabrikam | REDACTED |\n`, 'docs/tenants.md'), []);
  });

  it('leaves the nouns of a usage line in capitals and a run of one letter (slots, not chosen words)', () => {
    const text = 'Map the share: `net use \\\\server\\share PASSWORD /user:DOMAIN\\name`\nThe panel password is NNNN, Password: NNNN\nPassword: HOSTNAME\n';
    assert.deepEqual(values(text, 'docs/notes.md'), []);
  });
});
