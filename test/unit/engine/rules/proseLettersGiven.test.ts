// prose-letters-after-password-word: a letters-only password right after its password word or its copula while the
// sentence goes on (`das Startkennwort <run> eingeben`, `la contraseña era <run> y ahora`). Values are built at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x21_a1);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.md');

const WORDS = ['kuckucksuhr', 'stroopwafel', 'penguin', 'marmotte', 'walnut', 'tundra', 'lantern', 'orchid'];
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Three words run together in small letters, 14 or more letters (`penguinwalnuttundra`). */
const longRun = () => `${g.pick(WORDS)}${g.pick(WORDS)}${g.pick(['dragon', 'comet', 'castle'])}`;
/** Two words each capitalised (`PortakalPickle`). */
const pascal = () => `${cap(g.pick(WORDS))}${cap(g.pick(['pickle', 'rocket', 'harbor']))}`;

describe('letters-only passwords right after the password word, the sentence going on', () => {
  it('finds a long run or capitalised words after the word, with or without a copula', () => {
    assertFinds(
      [
        (v) => `2. Beim ersten Anmelden das Startkennwort ${v} eingeben und sofort ändern.\n`,
        (v) => `3. Het testaccount is planner met wachtwoord ${v} (alleen acceptatie).\n`,
        (v) => `Antes la contraseña era ${v} y ahora me dice "contraseña incorrecta".\n`,
        (v) => `- pihole web pw ${v}\n`,
      ],
      longRun,
    );
    assertFinds([(v) => `2026-03-04 07:10 From: Finn: gym app pw is ${v} if you want to book the court\n`], pascal);
  });

  it('leaves long words of the sentence, German verbs and nouns, code words and labels', () => {
    assertQuiet([
      'The password is straightforward to change in the portal.\n',
      'Use the password autocomplete attribute on the field.\n',
      'password placeholder text is shown in grey.\n',
      'Passwort wiederherstellen über den Link unten.\n',
      'Passwort ist Pflichtfeld\n',
      'Your password manager should generate one.\n',
      'The password is automatically generated and mailed.\n',
      'Het wachtwoord is hoofdlettergevoelig, let op.\n',
      'password is nevertheless required for the API\n',
      'Password Authenticator: enabled\n',
    ]);
  });
});

describe('a Wi-Fi key after its key word or a copula on the network’s line', () => {
  const run = () => `${g.pick(['rocket', 'lagom', 'hygge'])}${g.pick(['lanternsunset', 'walnutcastle', 'gardenwindow'])}`;
  it('finds letters run together or a chosen password after key, clé, code, ist, to', () => {
    assertFinds(
      [
        (v) => `- [ ] Wifi: SSID "Studio", WPA2 key ${v}\n`,
        (v) => `Hostel Kraków: hasło do wifi to ${v}\n`,
        (v) => `SSID: NEWOFFICE\nKey: ${v}\n\nGuest: see the whiteboard\n`,
        (v) => `Resetei. Agora o Wi-Fi ficou com ${v}. Funcionou!\n`,
      ],
      run,
    );
    assertFinds([(v) => `16.01.26, 20:31 - Karl: Und das WLAN im Vereinsheim ist ${v}\n`], () => `${cap(g.pick(WORDS))}${g.digits(4)}`);
  });

  it('leaves the network’s name and sentences about the key', () => {
    assertQuiet([
      'The wifi SSID is HomeNetwork5G\n',
      'Wireless: ssid is Linksys2300\n',
      'the wifi in the lobby is FreeWifiHotel\n',
      'The WiFi password is printed on the sticker under the router.\n',
      'WPA2 key length must be between 8 and 63 characters.\n',
      'wifi code expires automatically after a day\n',
      'The wifi network is CorpGuest and the key is rotated monthly.\n',
    ]);
  });
});

describe('a user in small letters and a password of capitalised words (prose-credential-pair)', () => {
  it('finds the pair on a line about logging in', () => {
    assertFinds(
      [(v) => `- Hanna: the new read-only Grafana viewer login for the NOC screen is noc / ${v}\n`, (v) => `Tried also with my HA user (wolfgang / ${v}) since that is supposed to work too.\n`],
      pascal,
    );
  });

  it('leaves ways to sign in and identifiers of code', () => {
    assertQuiet(['Login with github / GoogleWorkspace\n', 'Sign in with Microsoft / GoogleWorkspace\n', 'Use the login form: username / EmailAddress\n', 'Sign in via sso / ActiveDirectory\n']);
  });
});

describe('a pre-shared key given after a copula (prose-psk-given)', () => {
  it('finds a generated or chosen key after PSK, pre-shared key, clave precompartida', () => {
    assertFinds(
      [(v) => `[14:02] ops: PSK is ${v}\n`, (v) => `La clave precompartida (PSK) del túnel es ${v}.\n`, (v) => `changed the wifi PSK for the warehouse to ${v} as well\n`],
      () => `${g.alnum(10)}!${g.digits(3)}`,
    );
  });

  it('leaves settings, placeholders and sentences about the key', () => {
    assertQuiet([
      'The PSK is configured in /etc/ipsec.secrets on both ends.\n',
      'PSK is WPA2-Personal on the guest SSID.\n',
      'The pre-shared key is HMAC-SHA256 protected.\n',
      'PSK is a modulation scheme used by PSK31 operators.\n',
      'the PSK is your-secret-here\n',
      'The pre-shared key is stored in 1Password under VPN2024.\n',
    ]);
  });
});
