// Prose forms found while tuning on rw-dev24 (crypto chats and notes, ERP tickets): a chain's public values after a
// colon (transaction hashes, Tron and bech32 addresses) and an 0x address after a key sentence stay quiet; a CSV
// export's rows are not joined as concatenated literals (a ticket id read as a password's tail); a stand-in with a
// full-width remark and a host:port mapping stay quiet; full-width punctuation ends a password's clause.
// Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2424);
const { assertFinds, assertQuiet, found } = ruleAssertions(scanner, 'docs/notes.md');
const base58 = (n: number) => g.alnum(n).replace(/[0OIl]/g, 'x');
/** An address in EIP-55's mixed case (the case is a checksum; here just mixed). */
const checksummed = () => g.hex(40).replace(/[a-f]/g, (c, i: number) => (i % 3 ? c : c.toUpperCase()));
const bech32 = (n: number) => g.lower(n).replace(/[bio]/g, 'q');

describe('rw-dev24 prose forms', () => {
  it('leaves a transaction hash or a chain address after a colon alone, in a thread that named a key', () => {
    const above = '[10:01] kai: the api key for the bot is in the vault\n';
    assertQuiet(
      [
        `${above}[10:05] ana: Missing tx: 0x${g.hex(64)} (bridge to Base)\n`,
        `${above}[10:05] ana: Proof of concept tx on testnet: 0x${g.hex(64)}.\n`,
        `${above}[10:05] ana: Mã giao dịch thử nghiệm: 0x${g.hex(64)}\n`,
      ],
      'exports/chat.txt',
    );
    // A deposit or validator address given in a note's list.
    assertQuiet([`- Dirección de depósito USDT (TRC20): T${base58(33)}\n`, `- Адрес валидатора: cosmosvaloper1${bech32(20)}${g.digits(4)}${bech32(14)}\n`], 'docs/notes.md');
  });

  it('leaves an 0x address after a sentence about a key alone', () => {
    assertQuiet([`The deployer key was committed.\n\nThis key controls the keeper role on 0x${checksummed()}. Recommendation: use a KMS signer.\n`], 'audits/2025-Q3/findings.md');
  });

  it('does not join the rows of a CSV export into one literal', () => {
    const text =
      '"number","short_description","work_notes"\n' +
      `"INC-${g.digits(6)}","User locked","Unlocked, initial password handed over by phone."\n` +
      `"SR-${g.digits(7)}","Price list import failed","File had wrong delimiter, re-imported. No credentials involved."\n`;
    assert.deepEqual(found(text, 'exports/servicenow/incidents.csv'), []);
  });

  it('leaves a one-letter stand-in with a full-width remark and a host:port mapping alone', () => {
    assertQuiet([`- ワーカー名: rig${g.digits(2)}.main、パスワード: x（プール側は使わない）\n`, '5. Backend mapping: virtual host `s4-virtual:443` → `s4-app.corp.example:44300`, principal type X.509.\n']);
  });

  it('ends a password clause at full-width punctuation', () => {
    assertFinds([(v) => `[2025-10-08 21:35] 小李: 行情数据库密码 ${v}，只读账号\n`, (v) => `[2025-10-08 21:35] 小李: 报表库密码 ${v}。\n`], () => humanPassword(g) + g.alnum(6), 'exports/telegram/team.txt');
  });
});
