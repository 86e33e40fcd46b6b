// Classes found while tuning on rw-dev21's non-prose misses and false positives (session 21, tune21f). Each case says
// what must be found and what must stay quiet; values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7_21f);

const { found: values, assertQuiet } = ruleAssertions(scanner);

describe('tune21f classes: rw-dev21 non-prose', () => {
  describe('false positives of the first look', () => {
    it('reads a settings UPDATE by its own WHERE, other conditions first', () => {
      const pw = humanPassword(g);
      const sql = (v: string, name: string) => `UPDATE EDDS.eddsdbo.InstanceSetting SET Value = '${v}' WHERE Section = 'kCura.Notification' AND Name = '${name}';\n`;
      assert.deepEqual(values(sql(pw, 'SMTPPassword') + sql(g.uuid(), 'InstanceIdentifier'), 'sql/update_settings.sql'), [pw]);
    });

    it('leaves a password element its sibling flag calls encrypted', () => {
      const pw = humanPassword(g);
      const xml = (v: string, flag: string) => `<DbSource>\n  <DbUser>MX</DbUser>\n  <DbPassword>${v}</DbPassword>\n  <DbPasswordEncrypted>${flag}</DbPasswordEncrypted>\n</DbSource>\n`;
      assert.deepEqual(values(xml(g.hex(48).toUpperCase(), 'Y'), 'murex/dbsource.mxres'), []);
      assert.deepEqual(values(xml(pw, 'N'), 'murex/dbsource.mxres'), [pw]);
    });

    it('reads an empty RouterOS password as empty, not as the next attribute', () => {
      assertQuiet([`/user\nadd name=serwis group=full password= comment="konto wylaczone"\n`], 'router/export.rsc');
    });

    it('leaves Stripe.js publishable keys in a HAR query', () => {
      assertQuiet([`{ "request": { "url": "https://api.stripe.com/v1/payment_intents/pi_${g.alnum(24)}?key=pk_live_${g.alnum(99)}" } }\n`], 'debug/checkout.har');
    });

    it('leaves a wallet address asked about in a chat and a docket number read as a time', () => {
      assertQuiet(
        [
          `[05/03/26 09:12] Rafa: bom dia, a corretora trocou a senha da conta institucional\n[05/03/26 09:13] Bea: e a chave da API da Binance? a antiga foi revogada\n[05/03/26 09:16] Bea: ok. endereço de depósito continua 0x${g.hex(40)}?\n`,
        ],
        'exports/whatsapp/desk.txt',
      );
      const pw = humanPassword(g);
      assert.deepEqual(values(`Username: docket01\nPassword (per requester): ${pw}\nCase affected: 2:${g.digits(2)}-cv-${g.digits(5)}-FEG, HC-2025-${g.digits(6)}\n`, 'tickets/HD-1.txt'), [pw]);
    });
  });

  describe('back-office formats (financeIntegrations.ts, kdbCredentials.ts)', () => {
    const pw = () => `${g.alnum(6)}${g.digits(3)}${g.upper(3)}`;

    it('finds FIX Logon passwords and leaves masked ones and other message types', () => {
      const [a, b] = [pw(), pw()];
      const logon = (tags: string) => `20260304-07:59:58.112: 8=FIX.4.4|9=120|35=A|34=1|49=ACMEOMS|56=LMAX|553=acme|${tags}|98=0|108=30|10=101|\n`;
      assert.deepEqual(values(logon(`554=${a}|925=${b}`), 'logs/fix/session.messages.log'), [a, b]);
      assertQuiet([logon('554=*****'), `8=FIX.4.4|9=80|35=W|34=7|49=A|56=B|554=${g.alnum(10)}|10=101|\n`], 'logs/fix/session.messages.log');
    });

    it('finds Connect:Direct node passwords, not symbolic variables', () => {
      const a = pw();
      assert.deepEqual(values(`SEND PROCESS SNODE=BUREAU.NDM\n  SNODEID=(ACMEBACS,${a})\n  PNODEID=(CDADMIN,&PASS)\n`, 'cd/processes/SEND.cdp'), [a]);
    });

    it('finds SSIS sensitive values stored in clear, not encrypted ones', () => {
      const a = pw();
      assert.deepEqual(values(`<DTS:Variable DTS:ObjectName="Key" DTS:Sensitive="True"><DTS:VariableValue DTS:DataType="8">${a}</DTS:VariableValue></DTS:Variable>\n`, 'ssis/a.dtsx'), [a]);
      assertQuiet([`<DTS:Property DTS:Name="Secret" Sensitive="1" Encrypted="1">${g.base64(80)}</DTS:Property>\n`], 'ssis/a.dtsx');
    });

    it('finds dtexec and dislocker passwords on command lines, not references or prompts', () => {
      const [a, b] = [pw(), pw()];
      assert.deepEqual(values(`dtexec /F "D:\\SSIS\\Recon.dtsx" /DECRYPT ${a} /Rep E\n`, 'jobs/recon.cmd'), [a]);
      assert.deepEqual(values(`dislocker -V /mnt/ewf/ewf1 -u${b} -- /mnt/dislocker\n`, 'forensics/.bash_history'), [b]);
      assertQuiet(['dtexec /F Recon.dtsx /DECRYPT %PKG_PW% /Rep E\n', 'dislocker -V /dev/sdb1 -u -- /mnt/d\n'], 'jobs/recon.cmd');
    });

    it('finds kdb+ handle and users-file passwords, not MD5 digests or files of other names', () => {
      const [a, b] = [pw(), pw()];
      assert.deepEqual(values(`q gw.q -p 5020 -rdb "\`:rdb01:5011:gw:${a}" &\n`, 'kdb/start.sh'), [a]);
      assert.deepEqual(values(`tickadmin:${b}\nreadonly:${g.hex(32)}\n`, 'kdb/tick/rdb.users'), [b]);
      assertQuiet([`tickadmin:${pw()}\n`], 'kdb/tick/notes.md');
    });
  });

  describe('a secret under a section named for one digest (generic assignment)', () => {
    it('finds the vendor secret in [device_fingerprint], leaves digests in maps of them', () => {
      const v = g.alnum(40);
      assert.deepEqual(values(`[device_fingerprint]\nvendor_site_key = "${g.alnum(40)}"  # public, embedded in the web page\nvendor_secret = "${v}"\n`, 'fraud/config/prod.toml'), [v]);
      assertQuiet([`password_hashes:\n  admin_password: "${g.base64(44)}"\n`, `[fingerprint]\nvendor_secret = "${g.hex(64)}"\n`], 'config/app.yaml');
    });
  });
});
