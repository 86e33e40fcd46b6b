// Classes of passwords and tokens in chat and prose found while tuning on rw-dev3's prose/chat part: a value alone
// on its line under a question or a heading, follow-up sentences with the label earlier (`it's X now`, `changed it
// to X`, `the new one is X`, `try X`), labels with `now` words in more languages, values in ``double backticks``,
// ''wiki italics'' or <strong>HTML</strong>, `… Key:` labels, and the chat head before an inline label. Each case
// says what must be found and what must stay quiet; values are generated from a seed at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';
import { humanPassword } from '../../../../engine/rules/humanPasswords';

const scanner = createScanner();
const g = createExampleGen(0xd3c4);

const { assertFindsPairs: assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/chat.txt');

/** A password that looks chosen: a capitalised word, digits and a symbol. */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper'])}${g.digits(3)}${g.pick(['!', '#', '%'])}`;

describe('rw-dev3 classes: prose and chat', () => {
  describe('a value alone on its line under a question or a label', () => {
    it('finds chat replies, headings, colon lines and yes-answers', () => {
      const cases: [string, string][] = [];
      const a = humanPassword(g);
      cases.push([`Maya Lindqvist  10:44 AM\nrcon pass for the survival server?\n\nTomasz Wójcik  10:45 AM\n${a}\n`, a]);
      const b = pw();
      cases.push([`03/11/2026, 19:15 - Papa: Und das WLAN Passwort für Oma?\n03/11/2026, 19:16 - Lena: ${b}\n`, b]);
      const c = g.alnum(14);
      cases.push([`# Kafka UI\n\n## Password\n\n${c}\n\n## Where it is configured\n`, c]);
      const d = pw();
      cases.push([`Temporary password:\n${d}\nShe has to change it at first login.\n`, d]);
      const e = g.hex(32);
      cases.push([`> 3. Gibt es einen API-Schlüssel für die Schnittstelle?\nJa: ${e}\n`, e]);
      const f = `${g.lower(6)}${g.digits(2)}`;
      cases.push([`[14-Nov-26 09:02 PM] Kestrel\nrcon password for the survival server?\n\n[14-Nov-26 09:03 PM] dunebuggy\n${f}\n`, f]);
      const p = `${g.pick(['Harvest', 'copper'])}.${g.pick(['fjord', 'lantern'])}.${g.pick(['bramble', 'orbit'])}.${g.pick(['oyster', 'velvet'])}`;
      cases.push([`The restic repository password for the offsite bucket:\n\n    ${p}\n\nThe one for on-prem is in the vault.\n`, p]);
      const q = pw();
      cases.push([`**@rui.c** — 14:06\nsenha do usuário de leitura também mudou?\n\n**@rui.c** — 14:08\nsim: **${q}**\n`, q]);
      const h = `${g.pick(['Escargot', 'Kingfisher', 'Samosa'])}${g.pick(['Zeppelin', 'Caramelo', 'Onigiri'])}`;
      cases.push([`[09:15] Papa: Jetzt will er ein Passwort für die Fritzbox\n[09:16] Lena: das neue Passwort:\n[09:16] Lena: ${h}\n`, h]);
      assertFinds(cases);
    });

    it('leaves sentences, hashes, blocks, env lines, field names and other scripts alone', () => {
      assertQuiet([
        '## Password\n\nUse your SSO account.\n',
        `Password hash:\n${g.hex(64)}\n`,
        `Token rotated in commit:\n${g.hex(40)}\n`,
        `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.hex(80)}\n  ${g.hex(80)}\n`,
        `Passwords (htpasswd):\n    sensor-hub:$7$101$${g.alnum(16)}$${g.base64(86)}\n`,
        'Password for the DB?\nDB_USER=app\n',
        `Zugangsdaten:\nBenutzername: ACME-EK-${g.digits(4)}\n`,
        `10:10 佐藤 APIキーはどこにありますか？\n10:12 佐藤 本番のキーは絶対にここに貼らないでください\n`,
        `Clé de licence de l'outil (ce n'est pas un secret) :\n   ${g.upper(5)}-${g.upper(5)}-${g.upper(5)}-${g.upper(5)}\n`,
        'What is the password?\nTODO\n',
        '[09:15] Papa: Jetzt will er ein Passwort für die Fritzbox\n[09:16] Lena: Steht am Kühlschrank\n[09:16] Lena: ConnectSettings\n',
        '## Password\n\n**Printer**\n',
        '          "Password",\n          "VpcSettings"\n        ],\n',
        ' * requests or waiting for specific times to pass by.\n *\n * ![](skipUntil.png)\n',
      ]);
    });
  });

  describe('a follow-up sentence after the password was named', () => {
    it("finds it's X now, changed it to X, the new one is X, try X and their translations", () => {
      const cases: [string, string][] = [];
      const a = pw();
      cases.push([`09:31 < jfranke> kaelin: the ldap bind pw for the wiki changed?\n09:32 < kaelin> jfranke: yes, changed it to ${a} on friday\n`, a]);
      const b = pw();
      cases.push([`Aylin reported the temp password didn't work. Reset it again, it's ${b} now.\n`, b]);
      const c = g.alnum(16);
      cases.push([`[10:14] Alejandro: Keycloak realm admin password got rotated by the scan policy\n\n[10:15] Alejandro\nthe new one is ${c}\n`, c]);
      const d = pw();
      cases.push([`Kofi: what's the password for the shared Adobe account?\nInes: try ${d}\n`, d]);
      const e = pw();
      cases.push([`Hasło do konta serwisowego na FTP się zmieniło. Teraz jest ${e}\n`, e]);
      const f = `${g.lower(5)}${g.lower(4)}${g.digits(2)}`;
      cases.push([`Marco 10:03\nper il server di collaudo la password è cambiata\n\nMarco 10:04\nhai ragione, adesso è ${f}\n`, f]);
      const h = pw();
      cases.push([`fyi I rotated it, it's ${h} now. dont paste it in #general pls\n`, h]);
      const i = pw();
      cases.push([`**Claire**: Le mot de passe du wiki ne marche plus.\n\n**Hugo**: Oui, je l'ai changé. Le nouveau : ${i}\n`, i]);
      const j = pw();
      cases.push([`that password is also the one on the shared staging broker.\n**camila**: Rotated. Staging broker is on ${j} now.\n`, j]);
      assertFinds(cases);
    });

    it('leaves statements, instructions and versions alone', () => {
      assertQuiet([
        'The password reset flow is fixed, it is now live.\n',
        'If the password prompt hangs, try restarting the VPN client.\n',
        `Password rotation moved to a new host; the new one is v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}.\n`,
        "Password field: it's required now.\n",
        "We changed the password policy, it's stricter now.\n",
        'Password: see the vault. Try Node18 if the build fails.\n',
        `The token is fine, it's ${g.lower(8)} now.\n`,
        "I changed it, it's Python3 now.\n",
        'The password service is on port 5432 behind the proxy.\n',
      ]);
    });
  });

  describe('labels in more forms', () => {
    it('finds now-words after the verb, double backticks, wiki italics, HTML emphasis and `… Key:` tokens', () => {
      const cases: [string, string][] = [];
      const a = pw();
      cases.push([`ach so, für den SFTP-Upload: Benutzer scan01, Kennwort ist jetzt ${a}\n`, a]);
      const b = `${g.lower(5)}${g.lower(5)}${g.digits(2)}`;
      cases.push([`per il server di collaudo: utente collaudo, la password è sempre ${b}\n`, b]);
      const c = pw();
      cases.push([`mọi người ơi, mật khẩu VPN mới cho tháng này là ${c}\n`, c]);
      const d = pw();
      cases.push([`:username: \`\`admin\`\`\n:password: \`\`${d}\`\`\n`, d]);
      const e = pw();
      cases.push([`* iDRAC-Passwort: ''${e}''\n`, e]);
      const f = pw();
      cases.push([`<p>The new password is <strong>${f}</strong> for the UI login.</p>\n`, f]);
      const h = g.alnum(40);
      cases.push([`Merchant ID: ${g.digits(10)}\nMerchant Key: ${h}\n`, h]);
      const i = pw();
      cases.push([`  Sander 11:07  heeft iemand het wachtwoord?\n  Femke Bakker      11:07  wachtwoord ${i}\n`, i]);
      const j = pw();
      cases.push([`Dzień dobry, hasło "${j}" przestało działać.\n`, j]);
      const k = pw();
      cases.push([`[08:18] Jürgen: SSID ACME-Gast, Schlüssel: ${k}\n`, k]);
      const l = g.base64url(40);
      cases.push([`The test Firebase server key is {{${l}}}.\n`, l]);
      assertFinds(cases);
    });

    it('leaves public and non-credential keys, and sentences after a label, alone', () => {
      assertQuiet([`anon key: ${g.alnum(40)}\n`, `Public Key: ${g.alnum(40)}\n`, 'Key: value\n', 'Kennwort ist jetzt im Tresor hinterlegt.\n', 'Enter the password "Password" is not accepted.\n']);
    });
  });

  describe('tables in more markups', () => {
    it('finds MediaWiki, AsciiDoc, HTML key/value, plain aligned tables and `api_key` CSV columns', () => {
      const a = pw();
      assertFinds([[`{| class="wikitable"\n! Konto !! Kennwort !! Bemerkung\n|-\n| root || ${a} || nur Konsole\n|}\n`, a]], 'docs/wiki/Fileserver.mediawiki');
      const b = pw();
      assertFinds([[`[cols="1,2,2",options="header"]\n|===\n|Ambiente |Utente |Password\n|COLL1 |tester |${b}\n|===\n`, b]], 'docs/wiki/ambienti.adoc');
      const c = pw();
      const d = g.alnum(40);
      assertFinds(
        [
          [`<table><tr><th>Field</th><th>Value</th></tr>\n<tr><td>Endpoint</td><td>https://sandbox.example/api</td></tr>\n<tr><td>Password</td><td>${c}</td></tr>\n</table>\n`, c],
          [`<table><tr><th>Field</th><th>Value</th></tr>\n<tr><td>Client secret</td><td><code>${d}</code></td></tr>\n</table>\n`, d],
        ],
        'docs/wiki/partner.html',
      );
      const e = pw();
      assertFinds(
        [[`Environment    Role        Username               Password\n-----------    ---------   --------------------   ------------------\nQA             admin       qa-admin@acme.test     ${e}\n`, e]],
        'docs/wiki/test-accounts.txt',
      );
      const f = g.alnum(32);
      assertFinds([[`integration,environment,key_id,api_key,owner\nmaps,staging,kid_${g.alnum(8)},${f},frontend\n`, f]], 'docs/inventory/integrations.csv');
      const h = g.alnum(24);
      assertFinds([[`| Servicio | Entorno | Token |\n|:--|:--|:--|\n| Facturación | pruebas | \`${h}\` |\n`, h]], 'docs/integraciones.md');
    });

    it('leaves other columns, remarks and non-table dash rows alone', () => {
      assertQuiet(
        [
          `{| class="wikitable"\n! Konto !! Kennwort !! Bemerkung\n|-\n| samba-guest || (kein Kennwort) || nur lesend\n|-\n| ${g.alnum(12)} || - || ${g.alnum(12)}\n|}\n`,
          `Host           Port    Protocol\n----           ----    --------\ndb.internal    5432    ${g.alnum(12)}\n`,
          `Name      Password policy    Notes\n----      ---------------    -----\nweb       ${pw()}    strict\n`,
          `System\tOwner\tLogin\tPassword\tNotes\nWiki\tIT\tservice\tsee vault\tmoved\nTV\tFacilities\t-\tin KeePass\t\n`,
        ],
        'docs/inventory/accounts.txt',
      );
      assertQuiet([`System\tOwner\tLogin\tPassword\tNotes\nWiki\tIT\tservice\tsee vault\tmoved\nTV\tFacilities\t-\tin KeePass\t\n`], 'docs/inventory/accounts.tsv');
    });
  });

  describe('sentence verbs, arrows, app passwords and login lists', () => {
    it('finds `the password was X`, `rotated → X`, `yaitu X`, Google app passwords and `service — email — X` lines', () => {
      const cases: [string, string][] = [];
      const a = `#${pw()}`;
      cases.push([`**Comment:** Thanks! For the record our password was ${a} and it had a dollar sign.\n`, a]);
      const b = g.alnum(12);
      cases.push([`[오후 2:01] 정우: jenkins admin 비번 rotate 했습니다 → ${b}\n`, b]);
      const c = pw();
      cases.push([`Untuk akses VPN, kata sandinya tetap sama, yaitu ${c}.\n`, c]);
      const d = `${g.lower(4)} ${g.lower(4)} ${g.lower(4)} ${g.lower(4)}`;
      cases.push([`App-Passwort für Gmail als Fallback: ${d}\n`, d]);
      const f = `${g.lower(5)}${g.lower(4)}${g.digits(4)}`;
      cases.push([`>>> Hi Deepa, staging is https://staging.contoso.example, user deepa.iyer,\n>>> password ${f}\n`, f]);
      const e = pw();
      cases.push([`shared logins for the events team:\n\neventbrite — events@acme.example — ${e}\n`, e]);
      assertFinds(cases);
    });

    it('leaves `was reset`, sentences of four words, contact lines and versions alone', () => {
      assertQuiet([
        'The password was reset yesterday by the help desk.\n',
        'Password: must have been used before\n',
        'Contacts:\nsales — sales@acme.example — Monday to Friday\n',
        'Team accounts\nsupport — support@acme.example — 24/7\n',
        'maintainer: jane@example.org - v2.1.0\n',
        'Passwort geändert → siehe Tresor\n',
        '>>> password reset\n',
        `- password v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}\n`,
      ]);
    });
  });
});
