// Classes of rw-dev5 and rw-dev3 misses tuned after those sets were written: each case says what must be found and
// what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';
import { isLetterCompound } from '../../../../engine/validators/letterCompound';

const scanner = createScanner();
const g = createExampleGen(0xd5e7);

const { assertFindsPairs: assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

/** Two or three words run together, letters only (`marmeladeotter`, `Kupferlaterne…`). */
const FIRST = ['marmelade', 'kupfer', 'lantern', 'walross', 'meadow', 'girasol', 'pebble', 'saffron', 'tundra'];
const SECOND = ['otter', 'fjord', 'kikker', 'tanuki', 'macska', 'harbor', 'comet', 'quartz'];
const compound = () => {
  const w = g.pick(FIRST) + g.pick(SECOND) + g.pick(['', 'ribbon', 'maple']);
  return g.pick([w, w[0]!.toUpperCase() + w.slice(1)]);
};

describe('rw-dev5 tuning classes', () => {
  describe('letters-only passwords (words run together) given in a password sentence', () => {
    it('finds them after a copula, a colon or an arrow, in several languages', () => {
      const cases: [string, string][] = [];
      for (const make of [
        (v: string) => `<p>The truststore password is <code>${v}</code> (same for all brokers).</p>`,
        (v: string) => `Ert nya lösenord till kassasystemet är ${v}`,
        (v: string) => `the password is still ${v}`,
        (v: string) => `Das SMTP-Kennwort für Scan-to-Mail ist <code>${v}</code>.`,
        (v: string) => `Das Kennwort für den Drucker im Flur ist jetzt ${v}.`,
        (v: string) => `App password generated: ${v}`,
        (v: string) => `- [ ] ask Tom for the Steam Family password → he said it's ${v}`,
      ]) {
        const v = compound();
        cases.push([make(v), v]);
      }
      assertFinds(cases);
    });

    it('leaves single long words, nouns after articles and prepositions, and label words alone', () => {
      assertQuiet([
        'Das Passwort für das Kundenportal.',
        'Le mot de passe est confidentiel.',
        'La contraseña es obligatoria.',
        'Das Passwort ist gespeichert.',
        'The password is documented elsewhere.',
        'Reset the password via Authenticator.',
        'Das Passwortfeld im Portal heißt „Passwort wiederholen" – bitte so übernehmen.',
        'Uusi salasana palomuuriin: siirretty holviin',
        'The password goes into the Passwordmanager.',
      ]);
    });

    it('tells words run together from single words and identifiers', () => {
      for (let i = 0; i < 8; i++) assert.ok(isLetterCompound(compound()));
      for (const word of ['Administrator', 'confidentiel', 'obligatoria', 'gespeichert', 'PasswordEncoder', 'ConfigValue', 'immediately', 'requirements', 'mariadbroot'])
        assert.ok(!isLetterCompound(word), word);
    });
  });

  describe("an HTTP client's basic-auth call in Rust and Clojure", () => {
    const pw = () => `${g.pick(['Harbor', 'Maple', 'Quartz'])}${g.digits(3)}${g.pick(['!', '#', '.'])}${g.alnum(4)}`;
    it("finds the password of reqwest's basic_auth(user, Some(pw)) and clj-http's :basic-auth [user pw]", () => {
      const a = pw();
      const b = pw();
      assertFinds([[`        .basic_auth("sync-bot", Some("${a}"))`, a]], 'src/bin/sync.rs');
      assertFinds([[`(defn fetch [] (http/get "https://api.example.com/v1/orders" {:basic-auth ["shop" "${b}"]}))`, b]], 'src/acme/db.clj');
    });
    it('leaves variables alone', () => {
      assertQuiet(['        .basic_auth(&cfg.user, Some(&cfg.password))'], 'src/bin/sync.rs');
      assertQuiet(['(http/get url {:basic-auth [user password]})', '(http/get url {:basic-auth ["shop" (env :shop-password)]})'], 'src/acme/db.clj');
    });
  });

  describe('a capitalised dotted passphrase under a password name in config', () => {
    const words = () => [g.pick(['Igloo', 'Harbor', 'Walrus', 'Meadow']), g.pick(['glacier', 'bramble', 'lantern']), g.pick(['otter', 'quartz', 'ribbon', 'comet'])];
    it('finds it unquoted in ini and env files, with a comment after it', () => {
      const a = words().join('.');
      const b = [...words(), g.pick(['fjord', 'maple'])].join('.');
      assertFinds([[`mysqli.default_port = 3306\nmysql.default_password = ${a}\n`, a]], 'hosting/php/conf.d/99-shop.ini');
      assertFinds([[`MAIL_HOST=smtp.example.com\nMAIL_PASSWORD=${b} # rotated in March\n`, b]], 'services/api/.env.production.local');
    });
    it('leaves paths to settings and member chains alone', () => {
      assertQuiet(['DB_PASSWORD=Config.database.password\n', 'SMTP_PASSWORD=Settings.mail.secret\n'], '.env');
    });
  });

  describe("prose in a wiki's XML export (Confluence storage format)", () => {
    const pw = () => `${g.pick(['Harbor', 'Maple', 'Quartz'])}${g.digits(2)}${g.pick(['#', '!', '.'])}${g.pick(['Fjord', 'Otter', 'Comet'])}${g.digits(2)}`;
    const path = 'exports/confluence/IT/Server-Zugaenge.xml';
    it("finds passwords in an XHTML table's password column and in a paragraph", () => {
      const a = pw();
      const b = pw();
      const table = `<ac:layout><ac:layout-section><ac:layout-cell>\n<table><tbody>\n<tr><th>System</th><th>Benutzer</th><th>Passwort</th><th>Bemerkung</th></tr>\n<tr><td>Jenkins</td><td>admin</td><td>${a}</td><td>seit 2.8</td></tr>\n</tbody></table>\n</ac:layout-cell></ac:layout-section></ac:layout>\n`;
      assertFinds([[table, a]], path);
      assertFinds([[`<ac:structured-macro ac:name="info"/>\n<p>The truststore password is <code>${b}</code> (same for all brokers).</p>\n`, b]], path);
    });
    it('leaves settings, descriptions and password rules in XML alone', () => {
      assertQuiet(
        [
          '<p>The password must be at least 12 characters long.</p>\n<table><tr><th>Name</th><th>Password</th></tr><tr><td>bob</td><td>********</td></tr></table>\n',
          '<property name="description" value="Password of the admin user"/>\n<param-value>Password reset link expires</param-value>\n',
        ],
        path,
      );
    });
  });

  describe('a password given first and named after it', () => {
    const pw = () => `${g.pick(['Harbor', 'Maple', 'Quartz'])}${g.digits(3)}${g.pick(['#', '!', '+'])}${g.pick(['fjord', 'otter', 'comet'])}`;
    it('finds it before a copula and its name, an arrow and its name, or a Turkish name', () => {
      const cases: [string, string][] = [];
      for (const make of [
        (v: string) => `${v} ist das neue Kennwort der Leitung`,
        (v: string) => `[10:12] Priya: ${v} is the new password for the shared mailbox`,
        (v: string) => `    - ${v} ← password`,
        (v: string) => `${v}   <- backup archive passphrase`,
        (v: string) => `${v} muhasebe programının şifresi`,
      ]) {
        const v = pw();
        cases.push([make(v), v]);
      }
      assertFinds(cases);
    });
    it('leaves examples, verdicts on passwords, settings and words alone', () => {
      assertQuiet([
        'Summer2024! is a weak password.',
        'P@ssw0rd1 is the most common password.',
        'Password1! ist kein gutes Passwort.',
        'v2.4.1 is the password manager release we use.',
        '0.6.49   <- current agent version',
        'ldap_default_authtok_type = password',
        '**Ortak Wi-Fi şifresi**',
      ]);
    });
  });

  describe('a bare `key` in a map of services', () => {
    it("finds each service's random key under a map named for services", () => {
      const a = g.hex(32);
      const b = g.alnum(40);
      const text = `PROVIDERS = {\n    "mailgun": {"domain": "mg.example.io", "key": "${a}"},\n    "internal": {"key": "${b}", "header": "X-Internal-Key"},\n}\n`;
      assertFinds(
        [
          [text, a],
          [text, b],
        ],
        'settings/keys.py',
      );
    });
    it('leaves keys of other maps, words and public keys alone', () => {
      assertQuiet(
        [
          `TRANSLATIONS = {\n    "de": {"key": "${g.hex(32)}"},\n}\n`,
          'PROVIDERS = {\n    "mailgun": {"domain": "mg.example.io", "key": "sk-template-key-for-docs"},\n}\n',
          `PROVIDERS = {\n    "maps": {"public": {"key": "${g.alnum(32)}"}},\n}\n`,
        ],
        'settings/keys.py',
      );
    });
  });

  describe("a one-time password's seed under its name in code", () => {
    const base32 = (n: number) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
    it('finds TOTP_SEED, OTP_SEED, otpSeed and MFA_SEED values', () => {
      const a = base32(32);
      const b = base32(32);
      const c = g.alnum(40);
      assertFinds([[`PASSWORD = base64.b64decode(PW_B64).decode()\nOTP_SEED = "${a}"\n`, a]], 'tools/vpn_login.py');
      assertFinds([[`const otpSeed = '${b}';\n`, b]], 'src/auth/login.ts');
      assertFinds([[`    private static final String TOTP_SEED = "${c}";\n`, c]], 'src/main/java/com/acme/auth/Login.java');
    });
    it('leaves random, database and test-data seeds alone', () => {
      assertQuiet([`RANDOM_SEED = "${base32(32)}"\n`, `db_seed = "${g.alnum(32)}"\n`, `SEED = "${base32(32)}"\n`], 'tools/seed.py');
    });
  });

  describe('credential rows: a Go test table and a list of credential tuples', () => {
    const pw = () => `${g.pick(['Kestrel', 'Falcon', 'Maple'])}${g.digits(3)}${g.pick(['!', '#', '.'])}${g.pick(['xq', 'vw', 'zk'])}`;
    it('finds the value in the struct field that names a password, and the last of a credential tuple', () => {
      const a = pw();
      const b = pw();
      const c = g.alnum(28);
      assertFinds(
        [[`func TestVerify(t *testing.T) {\n\tcases := []struct {\n\t\tname, user, pw string\n\t\tok bool\n\t}{\n\t\t{"valid", "svc", "${a}", true},\n\t\t{"empty", "svc", "", false},\n\t}\n}\n`, a]],
        'internal/auth/auth_test.go',
      );
      const list = `CREDENTIALS = [\n    ("ftp", "partner", "${b}"),\n    ("smtp", "alerts@example.com", "${c}"),\n]\n`;
      assertFinds(
        [
          [list, b],
          [list, c],
        ],
        'settings/keys.py',
      );
    });
    it('leaves dummies, other columns and other lists alone', () => {
      assertQuiet(
        [
          `\ttests := []struct {\n\t\tname, user, pw string\n\t\tok bool\n\t}{\n\t\t{"famous", "alice", "correct-horse", false},\n\t\t{"placeholder", "svc", "<password>", false},\n\t}\n`,
          `\ttests := []struct {\n\t\tname, input, want string\n\t}{\n\t\t{"upper", "abc", "${g.alnum(12)}"},\n\t}\n`,
        ],
        'internal/auth/auth_test.go',
      );
      assertQuiet([`HOSTS = [\n    ("web", "10.0.0.1", "${pw()}"),\n]\n`, 'ACCOUNTS = [\n    ("alice", "admin", "Administrators"),\n]\n'], 'settings/keys.py');
    });
  });

  describe('a file kept as a list of passwords', () => {
    const pw = () => `${g.pick(['Kestrel', 'Falcon', 'Maple'])}${g.digits(3)}${g.pick(['!', '#', '_'])}`;
    it('finds a service and its password on each line, in either order', () => {
      const a = pw();
      const b = pw();
      const c = pw();
      const text = `amazon ${a}\nebay - ${b}\nsparkasse PIN 4711\n${c} = gmx\ntel. handwerker 0171 ${g.digits(7)}\n`;
      assertFinds(
        [
          [text, a],
          [text, b],
          [text, c],
        ],
        'Desktop/passwörter.txt',
      );
    });
    it('leaves other files, phone numbers and words alone', () => {
      assertQuiet([`amazon ${pw()}\nebay - ${pw()}\n`], 'Desktop/einkaufsliste.txt');
      assertQuiet([`tel. handwerker 0171 ${g.digits(7)}\namazon kundennummer\nebay - ${g.lower(8)}\n`], 'Desktop/passwörter.txt');
    });
  });
});
