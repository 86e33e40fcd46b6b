// Prose classes of the eleventh tuning pass: passwords of letters only after a password word (`password
// StapleBasketPaper`, `hasło kwiatekfalcondragon`, `das Kennwort ist vishenkadishwasher…`), the password word of
// more languages with no separator (`şifre X`, `пароль X`, `mdp X`, `clave X`), Org-mode tables (`|---+---|` rule)
// and Markdown tables whose column is headed `Key` alone. Values are built at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x11_11);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

const WORDS = ['staple', 'basket', 'falcon', 'orchid', 'tundra', 'walnut', 'pepper', 'lantern', 'kwiatek', 'mariposa', 'cobalt', 'harbor'];
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Two or three words each capitalised (`StapleBasketPaper`). */
const camel = () =>
  [g.pick(WORDS), g.pick(WORDS), g.pick(WORDS)]
    .slice(0, g.pick([2, 3]))
    .map(cap)
    .join('');
/** Three words run together in small letters (`orchidtundrawalnut`). */
const runTogether = () => `${g.pick(WORDS)}${g.pick(WORDS)}${g.pick(['dragon', 'comet', 'sunset'])}`;
const humanPw = () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(['!', '#', '@'])}`;

describe('passwords of letters only after a password word', () => {
  it('finds words run together or capitalised, ending the phrase', () => {
    assertFinds(
      [(v) => `* **Figma team viewer** — design@acme.example, password ${v}\n`, (v) => `- [ ] Hotspot name "ACME-Booth", pass ${v}\n`, (v) => `[2024-02-01 18:23] Landlord: Wifi name FLAT-2B, password ${v}\n`],
      camel,
    );
    assertFinds(
      [
        (v) => `Konto SMTP do skanowania: skaner@firma.example.pl, hasło ${v}\n`,
        (v) => `07.02.26, 20:02 - Lena: und das Kennwort vom Router ist ${v} falls das Tablet wieder spinnt\n`,
        (v) => `[2024-02-01 18:23] Landlord: Wifi name FLAT-2B, password ${v}\n`,
      ],
      runTogether,
    );
  });

  it('leaves identifiers of code and long words of the sentence', () => {
    assertQuiet([
      'See the login form, password PasswordEncoder.\n',
      'Configure the user service, password UserManager.\n',
      'Das Kennwort ist unterschiedlich für jede Umgebung.\n',
      'The password is authentication only.\n',
      'Admin panel, password resetPassword.\n',
    ]);
  });
});

describe('the password word of more languages with no separator', () => {
  it('finds the value after şifre, пароль, mdp and clave given with the user', () => {
    assertFinds(
      [
        (v) => `"content": "kullanıcı ogrenci şifre ${v}",\n`,
        (v) => `- Compte Airbnb : location.lyon@example.fr, mdp ${v}\n`,
        (v) => `[04.11.26, 09:05:12] Iker: usuario piso3b, clave ${v}\n`,
        (v) => `У пользователя admin, пароль ${v}\n`,
      ],
      humanPw,
    );
    assertFinds([(v) => `- Muhasebe programı kullanıcı adı muhasebe, şifre ${v}\n`], () => g.pick(['pelican', 'gopher', 'badger']));
  });

  it('leaves sentences about the password', () => {
    assertQuiet(['Şifre sıfırlama için tıklayın.\n', 'Przy logowaniu wpisz hasło tymczasowe.\n', 'la parola chiave è importante\n', 'Пароль должен быть длиннее.\n']);
  });
});

describe('Org-mode tables and Markdown columns headed Key', () => {
  it('finds passwords under an Org-mode rule with + where columns meet', () => {
    assertFinds(
      [(v) => `| Company | Portal login         | Password | Status     |\n|---------+----------------------+----------+------------|\n| Initech | me@mail.example      | ${v} | interview  |\n`],
      humanPw,
      'personal/jobs.org',
    );
  });

  it('finds a Wi-Fi table’s key and a generated key under a bare Key column', () => {
    assertFinds([(v) => `| Site | SSID | Key | Updated |\n|------|------|-----|---------|\n| Berlin | ACME-Staff | ${v} | 2024-02-04 |\n`], humanPw, 'docs/wifi.md');
    assertFinds(
      [
        (v) => `| Service | Environment | Key | Notes |\n|---|---|---|---|\n| Mixpanel | prod | ${v} | project secret, for the export job |\n`,
        (v) => `| Integration | Key | Type | Public? |\n|---|---|---|---|\n| Geocoding (server) | ${v} | server key | no |\n`,
      ],
      () => g.pick([g.hex(32), g.uuid(), g.alnum(40)]),
      'wiki/keys.md',
    );
  });

  it('leaves key/value tables, public rows, fingerprints and short key ids', () => {
    assertQuiet(
      [
        `| Key | Value |\n|---|---|\n| ${g.hex(32)} | cache entry |\n`,
        `| Integration | Key | Type | Public? |\n|---|---|---|---|\n| Search (search-only) | ${g.hex(32)} | search key | yes |\n| Maps | ${g.hex(32)} | browser key | yes |\n`,
        `| Name | Key | Fingerprint |\n|---|---|---|\n| release | ${g.hex(40).toUpperCase()} | signing |\n`,
        `| Person | Key |\n|---|---|\n| Ana | ${g.hex(16).toUpperCase()} |\n`,
      ],
      'docs/keys.md',
    );
  });
});

describe("`c'est` as a label's verb, and passphrase / PSK right before the value", () => {
  it("finds a key after `c'est` and a passphrase or PSK given in a list of facts", () => {
    assertFinds([(v) => `<@amelie:matrix.example.fr> et la clé API de l'outil de tickets c'est ${v}\n`], () => g.hex(40), 'exports/element/salon.txt');
    assertFinds(
      [(v) => `03-07 New GPG key for backups, key id ${g.hex(16).toUpperCase()}; passphrase ${v} (in the safe too).\n`],
      () => `${g.pick(WORDS)}-${g.pick(WORDS)}-${g.pick(WORDS)}`,
      'docs/ops/journal.md',
    );
    assertFinds([(v) => `VPN profile sent separately, PSK ${v}.\n`], () => `${cap(g.pick(WORDS))}${g.digits(3)}_${g.upper(2)}${g.lower(3)}`, 'docs/meetings/kickoff.md');
  });

  it("leaves `c'est` before words and passphrase or PSK in instructions", () => {
    assertQuiet(["le mot de passe c'est pas facile\n", "la clé API c'est quoi ?\n", 'Enter the passphrase twice, then psk mode.\n', 'Set PSK authentication, passphrase required.\n'], 'docs/x.md');
  });
});

describe('digits alone after a password label', () => {
  const pin = () => `${g.pick(['5', '6', '8'])}${g.pick(['71', '20', '93'])}${g.digits(g.pick([1, 3]))}`;
  it('finds a numeric password or device code that ends the phrase', () => {
    assertFinds(
      [
        (v) => `Room "Everest": the touch panel admin password is ${v}, the projector web UI is separate.\n`,
        (v) => `The spectrum analyser's remote password is ${v}.\n`,
        (v) => `Entry: NAS\n  UserName: admin\n  Password: ${v}\n  URL: http://nas.local\n`,
      ],
      pin,
      'wiki/lab-equipment.md',
    );
  });

  it('leaves counts, units, runs and recent years', () => {
    assertQuiet(
      ['Password: 12 characters\n', 'Password: 1234\n', 'the password is 2025.\n', 'Password expires in 9000 hours.\n', 'Password: 8888\n', 'The password must be 1000 characters long at most.\n'],
      'wiki/policy.md',
    );
  });
});
