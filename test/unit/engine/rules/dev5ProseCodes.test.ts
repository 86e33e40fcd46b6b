// Classes of codes in prose found while tuning on rw-dev5's prose part: PINs named as such (after their word or
// before it), Wi-Fi keys after the network word in many languages, TOTP seeds beside their 2FA word, recovery codes listed under or above their word, a reply a few short messages after its question, password words of other scripts written against their
// neighbours (`rootパスワードを X`, `הסיסמה … X`) or a value in 「」, passwords in
// reStructuredText and DokuWiki tables, and what the sentence rule must not take (the user of a `user / password`
// pair, a hyphenated name in a question). Each case
// says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd5c0);

const { found: values, assertFindsPairs: assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

/** A PIN that is neither a run nor one digit repeated. */
const pin = (n: number) => `${g.pick(['3', '7', '9'])}${g.pick(['0', '5'])}${g.pick(['8', '2'])}${g.digits(n - 3)}`;
const chosenKey = () => `${g.pick(['Violet', 'Copper', 'Orbit'])}${g.pick(['Kikker', 'Tanuki', 'Macska'])}${g.digits(3)}`;
const base32 = (n: number) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);

describe('rw-dev5 classes: codes in prose', () => {
  describe('a PIN named as such', () => {
    it('finds the digits after the PIN word, with words, labels or table cells between, in several languages', () => {
      const cases: [string, string][] = [];
      for (const make of [
        (v: string) => `12/03/26, 19:30 - Lena: und die PIN für Omas Handy war ${v} oder?`,
        (v: string) => `{noformat}\nBitLocker PIN: ${v}\n{noformat}`,
        (v: string) => `<tr><td>VPN profile PIN</td><td><code>${v}</code></td></tr>`,
        (v: string) => `  | online PIN    | ${v}        |`,
        (v: string) => `Le code PIN de la carte de Léa : ${v}`,
        (v: string) => `3. ЭЦП: пин-код токена ${v}`,
        (v: string) => `The projector's web panel has PIN ${v}.`,
        (v: string) => `Kasa PIN kodu: ${v}`,
      ]) {
        const v = pin(g.pick([4, 6, 8]));
        cases.push([make(v), v]);
      }
      const a = pin(4);
      cases.push([`- Telefonanlage (Auerswald): ${a} ist die Admin-PIN`, a]);
      const b = pin(6);
      cases.push([`<p>${b} is de pincode</p>`, b]);
      assertFinds(cases);
    });

    it('leaves PIN policies, defaults, runs, years, postal PIN codes, hardware pins and other labels alone', () => {
      assertQuiet([
        'PINs: at least 6 digits, no 123456 or 000000.',
        'Default PIN: 0000',
        'The SIM PIN changed in 2024 for everyone.',
        `PIN code ${g.pick(['560001', '110017'])}, MG Road, Bangalore, India`,
        'Connect GPIO pin 17; the pin header has 2048 lines in its pinout table.',
        `PIN reset, ticket ${g.digits(6)} closed.`,
        'SIM PIN: see the drawer.',
        `1234 is the default PIN`,
      ]);
    });
  });

  describe('a Wi-Fi key after the network word', () => {
    it('finds router keys, WEP hex and chosen keys, with a key word, a separator or a short qualifier between', () => {
      const cases: [string, string][] = [];
      const hex = g.hex(26);
      cases.push([`wlan ${hex}`, hex]);
      const up = g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16);
      cases.push([`Wi-Fi (both bands) → ${up}`, up]);
      const digits = g.digits(10);
      cases.push([`Guest Wi-Fi in the ballroom: network EVENT-HALL, key ${digits}`, digits]);
      for (const make of [
        (v: string) => `Wi-Fi şifresi ${v} olarak değişti`,
        (v: string) => `  Új WiFi kulcs: ${v}`,
        (v: string) => `Test Wi-Fi (LAB-5G):: ${v}`,
        (v: string) => `Cafe Lotte\tWLAN Gäste\t-\t${v}\t`,
        (v: string) => `- Wi-Fiの暗号化キーは ${v} で統一`,
        (v: string) => `Airbnb Porto: código da porta 2157, wifi ${v}`,
      ]) {
        const v = chosenKey();
        cases.push([make(v), v]);
      }
      assertFinds(cases);
    });

    it('leaves network names, interfaces, standards, versions and MAC addresses alone', () => {
      assertQuiet([
        'WLAN interface wlp3s0b1 is down',
        'Wi-Fi 6E support arrives in 2.4.0',
        'wifi SSID: HOTEL_GUEST_5G',
        'Our Wi-Fi network is called Office-Guest2024',
        `The wifi MAC is A8:2C:07:BF:08:09`,
        'WLAN 802.11ac, channel 36, firmware FW2024a',
        'Wi-Fi Netzwerk heißt FRITZ!Box7590XK',
      ]);
    });
  });

  describe('a TOTP seed beside its 2FA word', () => {
    it('finds grouped and ungrouped base32 seeds', () => {
      const grouped = base32(32).replace(/(.{4})(?!$)/g, '$1 ');
      const lower = base32(32)
        .toLowerCase()
        .replace(/(.{4})(?!$)/g, '$1 ');
      const bare = base32(32);
      assertFinds([
        [`- Registrar TOTP: ${grouped}`, grouped],
        [`[박지훈] [오후 2:15] OTP 시드 백업해둔 거 있어요? ${lower} 이거 맞나요`, lower],
        [`- TOTP-Geheimnis für den Steuer-Account (falls das Handy weg ist): ${grouped}`, grouped],
        [`Setup key for the shared account: ${bare}`, bare],
      ]);
    });

    it('leaves words, runs and access key ids alone', () => {
      assertQuiet([
        'The TOTP secret is shown under the QR code as AAAA AAAA AAAA AAAA.',
        'MFA: ENABLED FOR ALL ADMINS AND OPERATORS',
        'AWS SigV4 (no secret in it): Credential=AKIAIOSFODNN7EXAMPLE/20240510/eu-west-1/s3/aws4_request',
        `secret key length ${base32(20)}`,
      ]);
    });
  });

  describe('passwords in reStructuredText and DokuWiki tables', () => {
    it('finds cells under a password header in simple, grid and DokuWiki tables', () => {
      const a = `${g.pick(['Kanel', 'Ghiocel'])}${g.digits(3)}${g.pick(['!', '#'])}`;
      const b = g.alnum(16);
      const c = `${g.pick(['pieter', 'selin'])}${g.pick(['Bao', 'Ines'])}${g.digits(2)}?`;
      const simple = `=============  ============  ======================\nSystem         Login         Hasło\n=============  ============  ======================\nPanel CMS      redaktor      ${a}\n=============  ============  ======================\n`;
      const grid = `+-------------+--------------+----------------------+\n| Service     | User         | Password             |\n+=============+==============+======================+\n| Web console | admin        | ${b}     |\n+-------------+--------------+----------------------+\n`;
      const doku = `====== Drucker ======\n\n^ Standort ^ Modell ^ Admin-Kennwort ^\n| EG Flur | Kyocera M3655 | ${c} |\n`;
      assertFinds([[simple, a]], 'docs/access.rst');
      assertFinds([[grid, b]], 'docs/access.rst');
      assertFinds([[doku, c]], 'wiki/data/pages/it/drucker.txt');
    });

    it('leaves tables without a password column, or with a policy column, alone', () => {
      const simple = `=========  ===============\nHost       Password policy\n=========  ===============\nweb-01     Strict${g.digits(4)}!\n=========  ===============\n`;
      const grid = `+-------+----------+\n| Host  | Version  |\n+=======+==========+\n| db-01 | ${g.alnum(12)} |\n+-------+----------+\n`;
      const doku = `====== Hosts ======\n\n^ Host ^ Build ^\n| ci | ${g.alnum(14)} |\n`;
      assertQuiet([simple, grid], 'docs/hosts.rst');
      assertQuiet([doku], 'wiki/data/pages/hosts.txt');
    });
  });

  describe('what the sentence rule leaves to others', () => {
    it('reports the password of a `user / password` pair, not the user, and no hyphenated name asked about', () => {
      const pw = `${g.pick(['galatasaray', 'benfica'])}-${g.digits(4)}`;
      const text = `1. Identifiants de test : \`recette${g.digits(2)}\` / ${pw}.`;
      assert.deepEqual(values(text, 'docs/cr.md'), [pw]);
      assertQuiet(['Danke. Und das Passwort vom FortiGate-Admin?', `кто-нибудь помнит пароль от ipmi на db-${g.digits(2)}?`], 'docs/chat.md');
    });
  });

  describe('recovery codes', () => {
    it('finds a list of codes under or above the words that name them, and one code under its line', () => {
      const a = `${g.hex(5)}-${g.hex(5)}`;
      const b = `${g.digits(4)} ${g.digits(4)}`;
      const c = `${g.upper(4)}-${g.upper(4)}-${g.upper(4)}`;
      assertFinds([
        [`3. Our registrar has 2FA on my phone. Backup codes:\n   - ${a}\n   - ${b}\n`, a],
        [`3. Our registrar has 2FA on my phone. Backup codes:\n   - ${a}\n   - ${b}\n`, b],
        [`${a}\n${b}\n\nKeep your recovery codes in a safe place.\n`, a],
        [`VPN backup code\n${c}\n\norder arrives Tue\n`, c],
      ]);
    });

    it('leaves runs, dates, build numbers and codes far from their word alone', () => {
      assertQuiet([
        'Keep your recovery codes in a safe place.\n\n0000 0000\n',
        `Backup codes are shown once.\n\nBuild ${g.digits(8)} passed.\n`,
        'Recovery codes: see the vault.\n20261101\n20261102\n',
        `Backup codes live in the vault.\n\n\n\n\n\n\n\n\n\n\nBuilds:\n${g.digits(8)}\n${g.digits(8)}\n`,
      ]);
    });
  });

  describe('a reply a few short messages after the question', () => {
    it('finds the value when only short remarks were said since the question', () => {
      const a = `${g.pick(['Orbit', 'Violet'])}${g.pick(['Hasenfuss', 'Kikker'])}${g.digits(3)}`;
      const b = `${g.pick(['Noah', 'Selin'])}${g.digits(2)}?${g.digits(1)}`;
      const c = `${g.pick(['comet', 'ember'])}.${g.pick(['saffron', 'quartz'])}.${g.pick(['violet', 'otter'])}`;
      assertFinds([
        [
          `[04.11.26, 08:12:44] Marta: ¿Alguien sabe la contraseña del router nuevo?\n[04.11.26, 08:13:02] Iker: está en la pegatina de abajo\n[04.11.26, 08:13:40] Marta: no la veo, está tapada\n[04.11.26, 08:20:11] Iker: vale, te la paso\n[04.11.26, 08:20:19] Iker: ${a}\n`,
          a,
        ],
        [`Tomek\nlogin to ${g.digits(8)}\nhasło wyślę smsem\n\nAgnieszka\nnie doszedł sms :(\n\nTomek\n${b}\n`, b],
        [
          `2026-08-17 10:01:22\t@yara\tthe backup encryption passphrase for restic, where is it\n2026-08-17 10:03:40\t@ole\tbitwarden, "restic repo b2"\n2026-08-17 10:04:01\t@yara\tlocked out since the sso change\n2026-08-17 10:07:13\t@ole\tfine:\n2026-08-17 10:07:20\t@ole\t${c}\n`,
          c,
        ],
      ]);
    });

    it('stops at another question, a heading or a setting, and leaves a chat head alone', () => {
      assertQuiet([
        `> 3) il codice PIN dell'allarme?\nTe lo dico a voce, non per mail.\n\n> 4) numero di serie del NAS per la garanzia?\n${g.upper(3)}${g.digits(7)}${g.upper(1)}\n`,
        `Where is the password for the demo?\nin the vault\n\n## Screenshots\n\nBuild${g.digits(4)}x\n`,
        `[14-Nov-26 09:02 PM] kestrel\nrcon password for the survival server?\n\n[14-Nov-26 09:03 PM] dunebuggy\ndont share w/ trial mods\n\n[14-Nov-26 09:05 PM] Kestrel#${g.digits(4)}\nkk\n`,
      ]);
    });
  });

  describe('password words of other scripts', () => {
    it('finds the value after a word written against its neighbours, in 「」, or ending in @', () => {
      const a = `${g.pick(['Bramborak', 'Sakura'])}${g.digits(4)}!`;
      const b = `${g.pick(['spartak', 'legia'])}*${g.digits(4)}`;
      const c = `${g.pick(['Chomik', 'Tanuki'])}.${g.pick(['Cobalt', 'Ember'])}${g.digits(1)}`;
      const d = `${g.pick(['Lumihiutale', 'Jacaranda'])}${g.digits(4)}@`;
      assertFinds(
        [
          [`- 検証サーバのrootパスワードを ${a} に変更済み（山本）`, a],
          [`パスワードを「${b}」にしても同じでした。`, b],
          [`הסיסמה למערכת השכר היא ${c}`, c],
          [`รหัสผ่านเข้าระบบคือ ${d}`, d],
        ],
        'docs/notes.md',
      );
    });

    it('still leaves identifiers, addresses and questions alone', () => {
      assertQuiet(['`db_passwordパスワード` の設定は config.yml にあります。', 'パスワードは user@example.com に送りました。', 'パスワードは？'], 'docs/notes.md');
    });
  });
});
