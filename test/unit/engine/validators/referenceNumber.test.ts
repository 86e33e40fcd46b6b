// A ticket, case or record number is no password: one validator for the reply rule (prose-followup), the
// wrapped-line rule (prose-wrapped-value) and the chat-answer rule (prose-chat-answer-password, whose order ids of
// up to 12 digits joined it), which each refused one of its forms before.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { isReferenceNumber } from '../../../../engine/validators/referenceNumber';

const g = createExampleGen(0x7e_f022);
const scanner = createScanner();
const reported = (text: string) => scanner.scan(text, { path: 'notes/handover.md' }).map((f) => text.slice(f.start, f.end));

/** A ticket's number (one digit group), an order's long number and a case's (two or three), as each rule refused them. */
const references = () => [
  `ORD-${g.digits(10)}`,
  `PO-${g.digits(12)}`,
  `INC-${g.digits(6)}`,
  `REQ-${g.digits(5)}`,
  `OPS-${g.digits(4)}`,
  `ACME-20${g.digits(2)}`,
  `AB-2024-${g.digits(6)}`,
  `HC-${g.digits(4)}-${g.digits(6)}`,
  `A-${g.digits(2)}-${g.digits(3)}-${g.digits(4)}`,
];

describe('reference numbers', () => {
  it('reads a ticket number and a case number as references', () => {
    for (const v of references()) assert.ok(isReferenceNumber(v), v);
  });

  it('leaves values of another shape', () => {
    for (const v of [`Harbor-${g.digits(4)}`, `INC${g.digits(6)}`, `INC-${g.digits(6)}x`, `ABCDEFGHIJK-${g.digits(2)}`, `ABCDEFG-${g.digits(9)}`, `AB-${g.digits(13)}`, `AB-1-2-3-4`, 'AB-12-34-56-78'])
      assert.ok(!isReferenceNumber(v), v);
  });

  it('keeps the three prose rules quiet on every form, and still finds a password in the same place', () => {
    const reply = (v: string) => `[09:01] Finn: what's the password for the HR folder?\n[09:03] Noor: ${v}\n`;
    const wrapped = (v: string) => `Update 14:20: new service account password for the head-end\nis ${v} (rotating with the next release).\n`;
    const chatAnswer = (v: string) => `[12/9/25, 10:02] Ana: ¿alguien tiene la contraseña del portal de pedidos?\n[12/9/25, 10:05] Luis: sí, es ${v} (cuenta compras)\n`;
    for (const make of [reply, wrapped, chatAnswer]) {
      const pw = humanPassword(g).replace(/[\s"'#;&<>\\$`:@/()[\]{}|,*=+]/g, '!');
      assert.deepEqual(reported(make(pw)), [pw], make(pw));
      for (const v of references()) assert.deepEqual(reported(make(v)), [], make(v));
    }
  });
});
