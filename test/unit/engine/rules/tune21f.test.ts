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
      assertQuiet([`[05/03/26 09:12] Rafa: bom dia, a corretora trocou a senha da conta institucional\n[05/03/26 09:13] Bea: e a chave da API da Binance? a antiga foi revogada\n[05/03/26 09:16] Bea: ok. endereço de depósito continua 0x${g.hex(40)}?\n`], 'exports/whatsapp/desk.txt');
      const pw = humanPassword(g);
      assert.deepEqual(values(`Username: docket01\nPassword (per requester): ${pw}\nCase affected: 2:${g.digits(2)}-cv-${g.digits(5)}-FEG, HC-2025-${g.digits(6)}\n`, 'tickets/HD-1.txt'), [pw]);
    });
  });
});
