// Classes found among what rw-dev7 and rw-dev8 still missed: a word or a PIN given as the whole reply to a question
// asking for it, and a passphrase of plain words without quotes after its password word. Values are generated at
// test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd9a1);

const { found, assertFinds, assertQuiet } = ruleAssertions(scanner, 'exports/chat.txt');

/** A word somebody chose as a password, in the casings people type. */
const word = () => {
  const w = g.pick(['marmot', 'quokka', 'fennel', 'heron', 'tamarind', 'sesamo', 'walrus']);
  return g.pick([w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
};
/** A PIN that is neither a year, a run nor one digit repeated. */
const pin = () => `${g.pick(['3', '7', '8'])}${g.pick(['0', '5'])}${g.pick(['9', '2'])}${g.digits(Number(g.pick(['1', '2', '3', '4', '5'])))}`;

describe('rw-dev7/8 leftover classes', () => {
  describe('a word or a PIN as the whole reply to a question asking for it', () => {
    it('finds a word answering a password question, in chat heads of several apps', () => {
      assertFinds(
        [
          (v) => `Ken Ito  10:44\nwhat's the pw for the metabase admin?\n\nAiko Tanaka  15:25\n${v}\n`,
          (v) => `kestrel — Today at 17:05\nwhats the server pass for joining tho\nZed — Today at 09:17\n${v}\n`,
          (v) => `[13:48] Lukas: Wie ist nochmal das Passwort für den Drucker-Admin?\n[08:33] Marie: ${v}\n`,
          (v) => `[07:58] Paula: and the wifi password for the guests?\n[07:59] Ken: ${v}\n`,
        ],
        word,
      );
    });
    it('finds a PIN or code answering a question that names it', () => {
      assertFinds(
        [
          (v) => `cheers. And the trade show tablet PIN?\n\nAva Chen  11:05\n${v}\n`,
          (v) => `Thank you! The door badge PIN?\n\nHannah Okafor, 22:12\n${v}\n`,
          (v) => `[2024-05-21 11:27] june: ok noted. 2FA backup code?\n[2024-11-27 12:19] ren: ${v}\n`,
        ],
        pin,
      );
    });
    it('stays quiet on names, places, thanks, years and runs given as replies', () => {
      assertQuiet([
        `[09:01] ana: who has the admin password for the NAS?\n[09:02] bo: ${word().charAt(0).toUpperCase()}ichelle\n`,
        `[09:01] ana: where is the wifi password kept?\n[09:02] bo: KeePass\n`,
        `[09:01] ana: what's the wifi password?\n[09:02] bo: dunno\n`,
        `[09:01] ana: what's the wifi password?\n[09:02] bo: Thanks\n`,
        `[09:01] ana: when was the password changed?\n[09:02] bo: 2023\n`,
        `[09:01] ana: what's the door code?\n[09:02] bo: 1234\n`,
        `[09:01] ana: what's the door code?\n[09:02] bo: Marmot\n`,
        `[09:01] ana: is the password still the same?\n[09:02] bo: Nope\n`,
        `[09:01] ana: what's the password policy?\n[09:02] bo: Complexity\n`,
      ]);
      // A thank-you under an answer that itself sits under the question.
      const text = `[12:57] jo: qual a senha do painel?\n[17:13] bia: mudei pra ${g.alnum(8)}#${g.alnum(6)}\n[08:45] jo: valeu\n`;
      assert.ok(!found(text).includes('valeu'), text);
    });
  });

  describe('a passphrase of plain words without quotes after its password word', () => {
    const NOUNS = ['falcon', 'puffin', 'glacier', 'marble', 'ember', 'tamarind', 'velvet', 'nutmeg', 'quiver', 'radish'];
    const phrase = () => {
      const n = Number(g.pick(['3', '4', '5']));
      const out: string[] = [];
      while (out.length < n) {
        const w = g.pick(NOUNS);
        if (!out.includes(w)) out.push(w);
      }
      return out.join(' ');
    };
    it('finds it after `passphrase is`, `passphrase:`, `::` and `password for … is`, ending its clause', () => {
      assertFinds(
        [
          (v) => `[00:00:47] Agent: The guest one? The passphrase is ${v}, all lower case, with spaces.\n`,
          (v) => `4. Backup encryption passphrase: ${v}\n`,
          (v) => `* Home\n  - borg passphrase :: ${v}\n`,
          (v) => `the password for the recording studio laptop is ${v} all lower case with spaces\n`,
          (v) => `Up. The auth password is ${v}, I'll put it in the vault after this call.\n`,
          (v) => `08:12 Lou: unlock phrase: ${v}\n`,
          (v) => `Passphrase for it: ${v}\n`,
        ],
        phrase,
        'notes/handover.md',
      );
    });
    it('stays quiet on sentences about the passphrase', () => {
      assertQuiet(
        [
          'The passphrase is used to encrypt the private key.\n',
          'Passphrase: protects private keys at rest\n',
          'The password is stored in the vault.\n',
          'The password manager is bitwarden cloud edition.\n',
          'Example passphrase: correct horse battery staple\n',
          'The passphrase is never written down anywhere.\n',
          'Password: see the vault entry\n',
          '# passphrase: optional, read from the environment\n',
        ],
        'notes/handover.md',
      );
    });
  });

  describe('a word or letters with digits given as a password right after its user', () => {
    it('finds it after `user X, password`, `admin is "X", password`, `username X, pw`, `identifiant X, mot de passe`', () => {
      assertFinds(
        [
          (v) => `3) UPS network card: user apc, password ${v}\n`,
          (v) => `1. The old build box — local admin is "builder", password ${v}. Nobody else has it.\n`,
          (v) => `Homework site — username mia449, pw ${v}\n`,
          (v) => `- Logiciel de compta : identifiant compta, mot de passe ${v}\n`,
          (v) => `3. The FTP for the print shop: user printshop, password ${v} (yes, really).\n`,
        ],
        () => g.pick([word(), `${g.lower(7)}${g.digits(1)}`]),
        'notes/handover.md',
      );
    });
    it('stays quiet on sentences and stand-ins after a user', () => {
      assertQuiet(
        [
          'Log in as user admin, password required.\n',
          'user admin, password PASSWORD\n',
          'user admin, password NONE.\n',
          'Enter user name, password and the code.\n',
          'user root, password empty\n',
          'the account is locked, password reset needed\n',
        ],
        'notes/handover.md',
      );
    });
  });

  describe('precision: a bad password given as a policy example, a masked password', () => {
    it('stays quiet on `Example of a bad password: X` in English and Russian, and on `****41`', () => {
      const weak = () => `${g.pick(['Summer', 'Winter', 'qwerty'])}${g.digits(4)}!`;
      assertQuiet([`- Example of a bad password: \`${weak()}\` — it meets every old rule.\n`], 'wiki/security/password-policy.md');
      assertQuiet([`Минимальная длина пароля — 12 символов. Пример плохого пароля: «${weak()}».\n`], 'wiki/ru/paroli.md');
      assertQuiet([`Your new password: ****${g.digits(2)}\n`], 'mail/password-changed.eml');
    });
    it('still finds the password given under the same labels', () => {
      const v = `${g.alnum(5)}#${g.upper(2)}${g.digits(3)}`;
      assert.ok(found(`- Admin password: \`${v}\`\n`, 'wiki/ops.md').includes(v));
      assert.ok(found(`Your new password: ${v}\n`, 'mail/password-changed.eml').includes(v));
    });
  });
});
