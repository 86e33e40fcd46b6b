// Classes of passwords in prose found while tuning on rw-dev8's prose part: a value handed over by a verb that sets it
// (`I set it to X`, `mudei pra X`, `zmieniłem na X`), a password named by what it is used for (`use X to log in`),
// and a single word or a run of digits under a table's password column. Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd8a0);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/chat.txt');

/** A generated password with a symbol in it (what a manager or pwgen prints). */
const generated = () => `${g.alnum(6)}${g.pick(['#', '!', '%', '&', '*'])}${g.upper(2)}${g.alnum(6)}`;
/** A letters-only word somebody used as a password. */
const word = () => g.pick(['Clover', 'marmot', 'Pebble', 'sesamo', 'Fennel', 'quokka']);
/** A code that is neither a run nor one digit repeated. */
const code = (n: number) => `${g.pick(['3', '7', '9'])}${g.pick(['0', '5'])}${g.pick(['8', '2'])}${g.digits(n - 3)}`;

describe('rw-dev8 prose classes', () => {
  describe('a value handed over by a verb that sets it', () => {
    it('finds a generated value after "set it to", "change it to", "set it back to" and their Portuguese, Italian and Polish forms', () => {
      assertFinds(
        [
          (v) => `[09:12] Miguel: I rotated the jenkins service account this morning\n[09:13] Miguel: I set it to ${v} - put it in the vault when you get a sec\n`,
          (v) => `[13:04] <vik> not me. change it to ${v} and update the cron\n`,
          (v) => `- The shared test account was changed without telling anyone. Cheng set it back to ${v}.\n`,
          (v) => `[08:01] bia: mudei pra ${v}\n`,
          (v) => `09:36 Davide: l'ho impostata a ${v} ieri\n`,
          (v) => `Tomek  10:02\nzmieniłem na ${v}\n`,
        ],
        generated,
      );
    });
    it('stays quiet on settings, versions and plain words after the same verbs', () => {
      assertQuiet([
        'I set it to max_conn=200 and restarted the pool.\n',
        'change it to v2.4.1 in the lockfile\n',
        'I set it back to false, the flag broke the build.\n',
        'mudei pra main e fiz o deploy\n',
        "l'ho impostata a mezzanotte\n",
        'zmieniłem na nowy serwer\n',
      ]);
    });
  });

  describe('a password named by what it is used for', () => {
    it('finds "use X to log in" and "use X to sign in" with a generated value', () => {
      assertFinds(
        [
          (v) => `welcome aboard! your laptop is on your desk. use ${v} to log in the first time, it will ask for a new one\n`,
          (v) => `- Timesheet system: use ${v} to sign in, the username is your employee number\n`,
        ],
        () => g.pick([generated, () => `${g.lower(3)}${g.digits(3)}-${g.digits(2)}${g.lower(4)}-${g.lower(2)}${g.digits(4)}`, () => g.alnum(24)])(),
        'mail/welcome.eml',
      );
    });
    it('stays quiet on methods, addresses and placeholders', () => {
      assertQuiet(
        ['Use OAuth2 to log in from the CLI.\n', 'use SSO to sign in\n', 'use your.name@example.com to log in\n', 'Use <password> to log in.\n', 'use Kerberos5 to log in on Linux\n'],
        'docs/login.md',
      );
    });
  });

  describe('a word or a run of digits under a password column', () => {
    it('finds it in a Markdown table and in a CSV export', () => {
      assertFinds([(v) => `| Was | Benutzer | Passwort |\n|---|---|---|\n| WLAN | — | ${v} |\n| Web | admin | ${generated()} |\n`], () => g.pick([word, () => code(6)])(), 'docs/zugaenge.md');
      assertFinds([(v) => `system,username,password,owner\ncctv-nvr,viewer,${v},facilities\nnas,backup,${generated()},infra\n`], word, 'exports/accounts.csv');
    });
    it('stays quiet on remarks, the header row and other columns', () => {
      assertQuiet(
        [
          '| user | password | role |\n|---|---|---|\n| alice | SSO | admin |\n| bob | none | editor |\n',
          '| Company | Portal login | Password | Status |\n|---------+--------------+----------+--------|\n| Acme | jdoe | (in the vault) | applied |\n',
          '| Feature | Password |\n|---|---|\n| Login | Yes |\n| API | hidden |\n',
          `| Host | Port | Password |\n|---|---|---|\n| db | 5432 | vault |\n`,
        ],
        'docs/table.md',
      );
      assertQuiet(['system,username,password\nwiki,jdoe,sso\nmail,jdoe,masked\n'], 'exports/accounts.csv');
    });
  });

  describe('a spoken passphrase in quotes after its password word', () => {
    const nouns = ['dolphin', 'lobster', 'hammock', 'gravel', 'noodle', 'bramble', 'zucchini', 'copper', 'iguana', 'walnut'];
    const phrase = () => {
      const out: string[] = [];
      const n = g.pick([3, 4, 5]);
      while (out.length < n) {
        const w = g.pick(nouns);
        if (!out.includes(w)) out.push(w);
      }
      return out.join(' ');
    };
    it('finds three to six plain words in quotes after password, passphrase, la password, Wachtzin', () => {
      assertFinds(
        [
          (v) => `New shared passphrase for the offline backup drive is "${v}" (all lowercase, spaces included).\n`,
          (v) => `- Library system (old): user \`library\`, password "${v}"\n`,
          (v) => `- Gestionale magazzino: la password è "${v}"\n`,
          (v) => `- Wachtzin voor de back-upschijf: "${v}"\n`,
        ],
        phrase,
        'notes/handover.md',
      );
    });
    it('stays quiet on quoted sentences, UI texts and examples', () => {
      assertQuiet(
        [
          'The password policy says "use four random words".\n',
          'Example passphrase: "correct horse battery staple".\n',
          'Platzhaltertext: „Neues Passwort eingeben“\n',
          'If the password prompt says "invalid user name", call the desk.\n',
          'Password: "see the vault"\n',
        ],
        'notes/handover.md',
      );
    });
  });
});
