// A ticket, case or record number is no password: one validator for the reply rule (prose-followup) and the
// wrapped-line rule (prose-wrapped-value), which each refused one of its forms before.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { isReferenceNumber } from '../../../../engine/validators/referenceNumber';

const g = createExampleGen(0x7e_f022);
const scanner = createScanner();
const reported = (text: string) => scanner.scan(text, { path: 'notes/handover.md' }).map((f) => text.slice(f.start, f.end));

/** A ticket's number (one digit group) and a case's (two or three), as each rule refused them. */
const references = () => [
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
    for (const v of [`Harbor-${g.digits(4)}`, `INC${g.digits(6)}`, `INC-${g.digits(6)}x`, `ABCDEFGHIJK-${g.digits(2)}`, `AB-${g.digits(9)}`, `AB-1-2-3-4`, 'AB-12-34-56-78']) assert.ok(!isReferenceNumber(v), v);
  });

  it('keeps both prose rules quiet on either form, and still finds a password in the same place', () => {
    const reply = (v: string) => `[09:01] Finn: what's the password for the HR folder?\n[09:03] Noor: ${v}\n`;
    const wrapped = (v: string) => `Update 14:20: new service account password for the head-end\nis ${v} (rotating with the next release).\n`;
    for (const make of [reply, wrapped]) {
      const pw = humanPassword(g).replace(/[\s"'#;&<>\\$`:@/()[\]{}|,*=+]/g, '!');
      assert.deepEqual(reported(make(pw)), [pw], make(pw));
      for (const v of references()) assert.deepEqual(reported(make(v)), [], make(v));
    }
  });
});
