// What passwordVerdict says of values under a password's own name: the cases where a password looks like another
// kind of value.
import * as assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { passwordVerdict } from '../../../../engine/validators/secretValue';

describe('passwordVerdict', () => {
  const g = createExampleGen(42);

  it('reads a keyboard walk with @ and a numeric tail as a password, not an e-mail address', () => {
    // `1qaz@WSX.89`: the part after the dot is digits, which no top-level domain is.
    const walk = `${g.pick(['1qaz', '2wsx', 'zaq1'])}@${g.pick(['WSX', 'EDC', 'XSW'])}.${g.digits(2)}`;
    assert.equal(passwordVerdict(walk, 'gpg_passphrase'), undefined);
  });

  it('still reads an address as an address', () => {
    assert.equal(passwordVerdict(`${g.lower(6)}@${g.lower(8)}.com`, 'smtp_password'), 'address');
  });
});
