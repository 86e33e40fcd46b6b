import assert from 'node:assert/strict';
import { isPasteLikeChange } from '../../../server/pasteInsertion';

const at = (text: string) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text });

describe('paste-like didChange (clients without the paste API)', () => {
  it('a long unbroken run in one change is a paste; typing, pairs and spaced words are not', () => {
    assert.ok(isPasteLikeChange([at('ghp_0123456789abcdefghij')]));
    assert.ok(isPasteLikeChange([at('x'), at('line one\nMIIEowIBAAKCAQEAabcdefghijklmnop\n')]));
    assert.ok(!isPasteLikeChange([at('a')]));
    assert.ok(!isPasteLikeChange([at('""')]));
    assert.ok(!isPasteLikeChange([at('if (a) { return b; } else { c(); }')]));
    // A full-document change (no range) is rescanned whole anyway.
    assert.ok(!isPasteLikeChange([{ text: 'ghp_0123456789abcdefghij' }]));
  });
});
