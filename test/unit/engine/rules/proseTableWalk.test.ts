// The walk from a table row up to an AsciiDoc `|===` is remembered from row to row (proseTables.ts
// asciidocOpening): a long Markdown table reads each line about once, and every answer is the walk's own.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { asciidocOpening, forgetTableWalk, tableWalkLines } from '../../../../engine/rules/proseTables';

const scanner = createScanner();
const g = createExampleGen(1303);

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

describe('prose tables: the walk up to an AsciiDoc table opening', () => {
  it('a 1,000-row Markdown table reads each line about once, and its password is found', () => {
    const rows = 1000;
    const lines = ['| Host | User | Password |', '|---|---|---|'];
    for (let i = 0; i < rows; i++) lines.push(i === 700 ? `| db-main | root | ${g.s(humanPassword(g))} |` : `| host-${i} | user${i} | n/a |`);
    const { text, spans } = unmark(lines.join('\n') + '\n');
    const before = tableWalkLines.count;
    const found = scanner.scan(text, { path: 'docs/hosts.md' }).filter((f) => f.ruleId === 'prose-table-password');
    const read = tableWalkLines.count - before;
    assert.deepEqual(
      found.map((f) => [f.start, f.end]),
      spans,
    );
    // Walked afresh, every cell would read the 200 rows above it (~600,000 lines).
    assert.ok(read < 3 * rows, `${read} lines read`);
  });

  it('remembered or walked afresh, every row gets the same answer', () => {
    const long = '|' + 'x'.repeat(2500);
    const text = [
      '|Host |User |Password',
      '|===',
      '|Host |User |Password',
      '',
      '|db |root |a',
      '|cache |admin |b',
      '|===',
      'Some prose between tables.',
      '|===',
      'not a row',
      '|a |b',
      '|===',
      '|Name |Password',
      ...Array.from({ length: 260 }, (_, i) => `|n${i} |v${i}`),
      'prose again',
      '|===\r',
      '|Name |Token\r',
      '|x |y\r',
      long,
      '|after |long',
      '! bang row',
      '|last |row',
    ].join('\n');
    const starts = lineStarts(text);
    const inOrder = starts.map((s) => asciidocOpening(text, s));
    const fresh = starts.map((s) => (forgetTableWalk(), asciidocOpening(text, s)));
    assert.deepEqual(inOrder, fresh);
    // Every second row, then backwards: the remembered walk is used only for rows below it.
    const skipping = starts.filter((_, i) => i % 2 === 0).map((s) => asciidocOpening(text, s));
    assert.deepEqual(
      skipping,
      fresh.filter((_, i) => i % 2 === 0),
    );
    const backwards = [...starts].reverse().map((s) => asciidocOpening(text, s));
    assert.deepEqual(backwards, [...fresh].reverse());
    // The walk's answers themselves: the header under `|===`, none past a blank line or 200 rows, none outside a table.
    assert.equal(inOrder[2], '|Host |User |Password');
    assert.equal(inOrder[starts.indexOf(text.indexOf('|db'))], null);
    assert.equal(inOrder[starts.indexOf(text.indexOf('not a row'))], undefined);
    assert.equal(inOrder[starts.indexOf(text.indexOf('|a |b'))], null);
    assert.equal(inOrder[starts.indexOf(text.indexOf('|n10 '))], '|Name |Password');
    assert.equal(inOrder[starts.indexOf(text.indexOf('|n250 '))], null);
    assert.equal(inOrder[starts.indexOf(text.indexOf('|x |y'))], '|Name |Token\r');
    assert.equal(inOrder[0], null);
  });
});
