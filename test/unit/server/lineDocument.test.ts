import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createExampleGen } from '../../../engine/examples';
import { hasPemMarker, LineDocument } from '../../../server/lineDocument';

type ExampleGen = ReturnType<typeof createExampleGen>;

/** A text of `count` pieces picked at random. */
const randomText = (g: ExampleGen, pieces: readonly string[], count: number) => Array.from({ length: count }, () => g.pick(pieces)).join('');

/** A random edit of a text of length `len`: where it starts (a share of the length), how much it replaces, two pieces inserted. */
function randomEdit(g: ExampleGen, len: number, pieces: readonly string[], shares: readonly number[], widths: readonly number[]): { a: number; b: number; text: string } {
  const a = Math.floor(g.pick(shares) * len);
  return { a, b: Math.min(len, a + g.pick(widths)), text: g.pick(pieces) + g.pick(pieces) };
}

describe('LineDocument (the server’s document model)', () => {
  it('matches vscode-languageserver-textdocument on random edits with LF, CRLF and lone CR', () => {
    const g = createExampleGen(3);
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', ' ', 'xyz\n', ''];
    for (let round = 0; round < 40; round++) {
      const text = randomText(g, pieces, 30);
      const ref = TextDocument.create('u', 'x', 1, text);
      const mine = new LineDocument('u', 'x', 1, text);
      for (let v = 2; v < 60; v++) {
        const edit = randomEdit(g, ref.getText().length, pieces, [0, 0.3, 0.5, 0.9, 1], [0, 0, 1, 2, 5]);
        const change = { range: { start: ref.positionAt(edit.a), end: ref.positionAt(edit.b) }, text: edit.text };
        TextDocument.update(ref, [change], v);
        mine.apply(change, v);
        assert.equal(mine.getText(), ref.getText(), `round ${round} v${v}`);
        assert.equal(mine.lineCount, ref.lineCount, `line count round ${round} v${v} ${JSON.stringify(ref.getText())}`);
        for (let o = 0; o <= ref.getText().length; o++) {
          assert.deepEqual(mine.positionAt(o), ref.positionAt(o), `positionAt(${o}) of ${JSON.stringify(ref.getText())}`);
          assert.equal(mine.offsetAt(ref.positionAt(o)), ref.offsetAt(ref.positionAt(o)));
        }
        assert.equal(mine.slice(1, 7), ref.getText().slice(1, 7));
      }
    }
  });

  it('keeps line starts right when keystrokes jump around a long document (the lazy shift of later lines)', () => {
    const g = createExampleGen(8);
    const text = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}\n`).join('');
    const ref = TextDocument.create('u', 'x', 1, text);
    const mine = new LineDocument('u', 'x', 1, text);
    for (let v = 2; v < 400; v++) {
      const line = Math.floor(g.pick([0, 0.1, 0.5, 0.51, 0.9, 0.99]) * 300 + g.pick([0, 1, 2, 17])) % ref.lineCount;
      const at = ref.offsetAt({ line, character: g.pick([0, 2, 5]) });
      const del = g.pick([0, 0, 1, 3]);
      const change = { range: { start: ref.positionAt(at), end: ref.positionAt(Math.min(at + del, ref.offsetAt({ line, character: 1e9 }))) }, text: g.pick(['', 'a', 'bcd', 'ü']) };
      TextDocument.update(ref, [change], v);
      mine.apply(change, v);
      assert.equal(mine.length, ref.getText().length, `length v${v}`);
      for (let k = 0; k < 20; k++) {
        const o = Math.floor(g.pick([0, 0.25, 0.5, 0.75, 1]) * ref.getText().length) - k;
        const p = ref.positionAt(Math.max(0, o));
        assert.deepEqual(mine.positionAt(Math.max(0, o)), p, `positionAt v${v}`);
        assert.equal(mine.offsetAt(p), ref.offsetAt(p));
      }
    }
    assert.equal(mine.getText(), ref.getText());
  });
});

describe('LineDocument PEM marker index', () => {
  it('answers the nearest marker line before and after any line, as reading every line would', () => {
    const g = createExampleGen(5);
    const pieces = ['a\n', '-----BEGIN X', '-----END X\n', '\n', '\r\n', 'b', '', '-----'];
    for (let round = 0; round < 30; round++) {
      const doc = new LineDocument('u', 'x', 1, randomText(g, pieces, 25));
      for (let v = 2; v < 40; v++) {
        const edit = randomEdit(g, doc.length, pieces, [0, 0.2, 0.5, 0.8, 1], [0, 1, 4, 15]);
        doc.apply({ range: { start: doc.positionAt(edit.a), end: doc.positionAt(edit.b) }, text: edit.text }, v);
        const marked: number[] = [];
        for (let l = 0; l < doc.lineCount; l++) if (hasPemMarker(doc.lineText(l))) marked.push(l);
        for (let l = 0; l < doc.lineCount; l++) {
          assert.equal(doc.pemMarkerLineBefore(l), [...marked].reverse().find((m) => m < l) ?? -1, `before ${l} round ${round} v${v}`);
          assert.equal(doc.pemMarkerLineAfter(l), marked.find((m) => m > l) ?? -1, `after ${l} round ${round} v${v}`);
        }
      }
    }
  });
});
