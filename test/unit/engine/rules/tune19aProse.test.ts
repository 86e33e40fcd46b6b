// Prose classes of the nineteenth session's tune19a: digit codes under a name that only means an access code
// (`passcode X`, `unlock code X`, `SIM PUK X`, `Zahlencode X`, `the code for the side entrance is X`, printed backup
// codes listed on one line) and a password said to be changed to a value in the clause that names it, in the
// languages of the chat exports (`reset AD password to X`, `zmieniłam na X`, `cambié la contraseña a X`, `auf X
// geändert`, `X olarak ayarlandı`). Each case says what must be found and what must stay quiet; values are generated
// from a seed at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x19a);
const { assertFinds, assertFindsPairs, assertQuiet } = ruleAssertions(scanner, 'notes/handover.md');

/** A code that is neither a run nor one digit repeated nor a year. */
const code = (n: number) => `${g.pick(['3', '7', '9'])}${g.pick(['0', '5'])}${g.pick(['8', '2'])}${g.digits(n - 3)}`;

describe('tune19a prose classes', () => {
  describe('a digit code under a name that only means an access code', () => {
    it('finds the code after its name or after what it opens, in several languages', () => {
      assertFinds(
        [
          (v) => `- Printer release code for staff: ${v}`,
          (v) => `2. Type the kiosk unlock code **${v}** and wait.`,
          (v) => `Facilities reset the panel; the master code stays ${v} and is only known to the office manager.`,
          (v) => `From: Sam\nand the SIM PUK for the work phone, it locked itself: ${v}`,
          (v) => `4. Tresor im Büro: Zahlencode ${v}`,
          (v) => `meeting id 455 0925 2143, passcode ${v}`,
          (v) => `* **Building door:** the code for the side entrance is ${v}. It changes every quarter.`,
          (v) => `Le code du coffre de la salle serveur a aussi été changé : ${v}`,
          (v) => `el código de la puerta de la pista 3 es ${v}`,
          (v) => `- Le code PIN des imprimantes du 2e étage est ${v}.`,
          (v) => `Mon collègue utilise le même compte avec le code\nd'accès ${v} sur la borne.`,
          (v) => `5. 门禁密码 ${v}`,
          (v) => `3. 二段階認証のバックアップコード: ${v}`,
          (v) => `Installer set the master code to ${v}; we change it after handover.`,
        ],
        () => code(g.pick([5, 6, 8])),
      );
    });

    it('finds each printed backup code of a list on one line', () => {
      const [a, b, c] = [`${code(4)}-${code(4)}`, `${code(4)}-${code(4)}`, `${code(4)}-${code(4)}`];
      assertFindsPairs([
        [`- Cloud root account backup codes: ${a}, ${b}, ${c}`, a],
        [`- Cloud root account backup codes: ${a}, ${b}, ${c}`, b],
        [`- Cloud root account backup codes: ${a}, ${b}, ${c}`, c],
      ]);
    });

    it('leaves policies, defaults, runs, years, durations, ids and quoted keys alone', () => {
      assertQuiet([
        'Choose a passcode of at least 6 digits.',
        'The passcode 123456 is refused by the app.',
        'The access code expires after 600 seconds.',
        'Enter the unlock code (default 0000) when asked.',
        'Release code 2024 and later use the new API.',
        'The code for the error is 4012, see the manual.',
        `Le code du projet ${g.digits(5)} est dans Jira.`,
        'the code for the gate changes at 0600 every day',
        `PUK ticket ${g.digits(6)} resolved.`,
        'the master code was set in 20240105',
        'Backup codes: 1234-5678, 0000-0000',
      ]);
    });
  });

  describe('a password said to be changed to a value', () => {
    it('finds the value when the clause names the password, in several languages', () => {
      assertFinds(
        [
          (v) => `Called user. Reset AD password to temporary value ${v} with "must change at next logon".`,
          (v) => `Hasło do panelu administracyjnego zmieniłam wczoraj na ${v}, może to ma związek?`,
          (v) => `"ya cambié la contraseña a ${v} pero sigue sin funcionar"`,
          (v) => `- Password di amministrazione del NAS cambiata in ${v} (Marco)`,
          (v) => `Ik heb het wachtwoord veranderd in ${v}, klopt dat?`,
          (v) => `пароль от роутера поменял на ${v}, теперь норм.`,
          (v) => `Der Admin-Zugang ist "admin", das Passwort habe ich gestern auf ${v} geändert`,
          (v) => `VPN parolası ise ${v} olarak ayarlandı.`,
          (v) => `[09:01] <amir> the ldap bind password for the wiki expired again\n[09:03] <fennel> ok changed it to ${v}\n`,
        ],
        () => humanPassword(g),
      );
    });

    it('leaves policies, placeholders, places, settings and vague answers alone', () => {
      assertQuiet([
        'We changed the password policy to NIST 800-63B.',
        'Reset your password to something only you know.',
        'The password was changed to meet the new length requirement of 12.',
        'Reset the admin password to staging.example.com defaults.',
        'changed the admin password to a stronger one yesterday',
        'Passwort-Richtlinie auf 12 Zeichen geändert',
        'Hasło zmieniłam na nowe, jest w sejfie.',
        `We changed the default port to ${g.digits(4)} last week.`,
        `the admin password is in the vault\nalso changed the build image to node${g.digits(2)} yesterday\n`,
        'Şifre politikası 12 karakter olarak ayarlandı.',
      ]);
    });
  });
});
