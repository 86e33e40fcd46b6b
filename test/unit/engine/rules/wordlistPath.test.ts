// A wordlist holds one candidate per line: a line that names a password (`Passwort1!`) is no question the next line
// answers, so prose-value-line stays quiet there, and reads the same lines in a note. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';

const g = createExampleGen(0x5b_2a);
const scanner = createScanner();
const valueLine = (text: string, path: string) => scanner.scan(text, { path }).filter((f) => f.ruleId === 'prose-value-line').length;

describe('prose-value-line on wordlists', () => {
  const text = `Temporary password:\n${humanPassword(g)}\n`;
  it('reads a note', () => assert.equal(valueLine(text, 'notes/onboarding.txt'), 1));
  it('stays quiet on a wordlist', () => {
    assert.equal(valueLine(text, 'wordlists/corp-spray-2026.txt'), 0);
    assert.equal(valueLine(text, 'lists/candidates.lst'), 0);
  });
});
