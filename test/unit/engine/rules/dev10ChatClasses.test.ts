// Classes found among what rw-dev10's chat part missed: API-key labels of more languages, a base64 key with its
// padding alone on its line, user / password pairs under another language's password word, a password corrected
// after a typo or changed on its own, `new:` alone in a chat, and quiet on repeated runs and `one moment` replies.
// Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd10c);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'exports/chat.txt');

const token = () => g.pick([() => g.hex(40), () => g.hex(64), () => g.alnum(32), () => g.base64url(43)])();
const humanPw = () => `${g.pick(['Tulpe', 'Harbor', 'Gelato', 'Kirpi', 'Walrus'])}${g.pick(['@', '#', '!'])}${g.digits(4)}`;

describe('rw-dev10 chat classes', () => {
  it('finds a token after an API-key label in Czech, Swedish, Hungarian, Danish, Greek, Arabic and French', () => {
    assertFinds(
      [
        (v) => `Svobodová, Eva  13:12\na API klíč pro platební bránu: ${v}\n`,
        (v) => `Hej Maja,\n\nAPI-nyckeln till fraktbolaget är ${v}.\n`,
        (v) => `Nagy Péter:\nAPI kulcs: ${v}\n`,
        (v) => `- API-nøgle til adgangssystemet: ${v}\n`,
        (v) => `Μαρία: κλειδί API για το CRM: ${v}\n`,
        (v) => `سارة 09:15\nومفتاح API الخاص بالرسائل: ${v}\n`,
        (v) => `Réponse de l'agent (Mathieu) :\nLe jeton : ${v}\n`,
        (v) => `* signing key for callbacks: ${v}\n`,
      ],
      token,
      'notes/handover.md',
    );
  });

  it('finds a padded base64 key alone on its line under a label that names it', () => {
    assertFinds([(v) => `# Payments sandbox\n\nCallback HMAC key\n: ${v}\n`, (v) => `Sandbox API secret:\n${v}\n`], () => `${g.upper(2)}${g.digits(2)}${g.lower(2)}${g.alnum(34)}=`, 'wiki/payments.md');
  });

  it('finds a user / password pair when the lines above name the password in another language', () => {
    assertFinds(
      [
        (v) => `03.11.26, 18:09 - Lena: Passwort: ${g.digits(20)}\n03.11.26, 18:44 - Tom: und für Netflix?\n03.11.26, 18:46 - Lena: tom.k@example.de / ${v}\n`,
        (v) => `Rui  10:12\nbem-vinda! aqui vão os acessos que você vai precisar:\n• Jira: ana.souza / ${v}\n`,
        (v) => `Hola, te paso la contraseña del portal:\nportal: jgomez / ${v}\n`,
      ],
      humanPw,
    );
  });

  it('finds a password changed on its own, corrected after a typo, or given after `new:` alone', () => {
    assertFinds(
      [
        (v) => `o usuário continua o mesmo, mas a senha mudou para ${v} depois do incidente.\n`,
        (v) => `Passwort für lieferant-mueller: ${g.alnum(10)}\n\nKommentar:\nKorrektur, das war das alte. Richtig ist: ${v}\n`,
        (v) => `[09:07] tim: db password is ${g.alnum(9)}\n[09:08] marta: auth failed\n[09:09] tim: sorry, the correct one is ${v}\n`,
        (v) => `Rossi, Paolo  10:02\nragazzi, la password della casella condivisa è cambiata\nRossi, Paolo  10:02\nnuova: ${v}\n`,
      ],
      humanPw,
    );
  });

  it('stays quiet on `new` in a sentence, a repeated run of digits and letters, and a `one moment` reply', () => {
    assertQuiet([
      'The password page got a redesign, new Harbor@2024 theme shipped.\n',
      'the password changed\nnew Harbor@2024 theme is live\n',
      `Beispiel aus der Doku, kein echter Schlüssel: ${'0123456789abcdef'.repeat(2)}\n`,
      `API key: ${'abcdef'.repeat(6)}\n`,
      '05/11/26 14.20 - Budi: kata sandi server staging apa ya?\n05/11/26 14.22 - Siti: sebentar\n',
      '[10:01] ana: what is the wifi password?\n[10:02] ben: tunggu\n',
    ]);
  });
});
