// A passphrase written as a short sentence closed by a symbol or digits, told from a message by its words.
import assert from 'node:assert/strict';
import { isSymbolEndedPassphrase } from '../../../../engine/validators/symbolPassphrase';
import { passwordVerdict } from '../../../../engine/validators/secretValue';

describe('symbol-ended passphrases', () => {
  it('accepts words closed by a symbol or digits, the first maybe capitalised', () => {
    for (const v of ['Copper kettle whistle#', 'granite lantern meadow copper!', 'Marble lanterns quietly!!', 'Lighthouse meadow parcel quartz orchestra%', 'walnut harbor tiger42']) {
      assert.ok(isSymbolEndedPassphrase(v), v);
      assert.equal(passwordVerdict(v, 'priv_password'), undefined, v);
    }
  });

  it('leaves messages, labels and plain sentences', () => {
    for (const v of ['Thanks for signing up!', 'Welcome back to the app!', 'Enter your password!', 'Passwort vergessen?', 'Copper kettle whistle', 'two words!', 'Bitte nicht teilen!']) {
      assert.ok(!isSymbolEndedPassphrase(v), v);
    }
    assert.notEqual(passwordVerdict('Thanks for signing up!', 'password'), undefined);
  });
});
