import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createExampleGen } from '../../../engine/examples';
import { LineDocument } from '../../../server/lineDocument';

describe('LineDocument (the server’s document model)', () => {
  it('matches vscode-languageserver-textdocument on random edits with LF, CRLF and lone CR', () => {
    const g = createExampleGen(3);
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', ' ', 'xyz\n', ''];
    for (let round = 0; round < 40; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += g.pick(pieces);
      const ref = TextDocument.create('u', 'x', 1, text);
      const mine = new LineDocument('u', 'x', 1, text);
      for (let v = 2; v < 60; v++) {
        const len = ref.getText().length;
        const a = Math.floor(g.pick([0, 0.3, 0.5, 0.9, 1]) * len);
        const b = Math.min(len, a + g.pick([0, 0, 1, 2, 5]));
        const change = { range: { start: ref.positionAt(a), end: ref.positionAt(b) }, text: g.pick(pieces) + g.pick(pieces) };
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
