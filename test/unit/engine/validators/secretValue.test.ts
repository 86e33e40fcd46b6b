// What passwordVerdict says of values under a password's own name: the cases where a password looks like another
// kind of value.
import * as assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { passwordVerdict, tokenVerdict } from '../../../../engine/validators/secretValue';

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

describe('stored forms under secret names', () => {
  const g = createExampleGen(19);

  it('reads bytes written as 0x and hex as a stored or encrypted form, not a password', () => {
    assert.equal(passwordVerdict(`0x${g.hex(48)}`, 'PASSWORD'), 'a hex blob');
    assert.equal(passwordVerdict(`0x${g.hex(8)}Harbor!`, 'PASSWORD'), undefined);
  });

  it('reads a UUID under an integration key as a client id, and a hex integration key as a key', () => {
    assert.equal(tokenVerdict(g.uuid(), 'IntegrationKey', 'key'), 'a UUID integration key (a client id)');
    assert.equal(tokenVerdict(g.hex(32), 'integration_key', 'key'), undefined);
  });
});

describe('ids and encrypted values under key and password names (rw-dev23)', () => {
  const g = createExampleGen(23);

  it('reads a UUID under a signing key as a key pair id, and a random signing key as a key', () => {
    assert.equal(tokenVerdict(g.uuid(), 'signing_key', 'key'), 'a UUID signing key (a key pair id)');
    assert.equal(tokenVerdict(g.alnum(40), 'signing_key', 'key'), undefined);
  });

  it("reads a FRITZ!Box export's $$$$ value as encrypted, and a password with $$$$ in it as a password", () => {
    assert.notEqual(passwordVerdict(`$$$$${g.upper(40)}`, 'password'), undefined);
    assert.equal(passwordVerdict(`$$$$${g.lower(4)}Harbor!${g.digits(2)}`, 'password'), undefined);
  });
});

describe('tokenVerdict on chain values', () => {
  const g = createExampleGen(0x0e7a_0124);

  it('reads an Ethereum address under a token name as public, and a 64-hex key as a token', () => {
    const mixed = (hex: string) => [...hex].map((c) => (g.pick([true, false]) ? c.toUpperCase() : c)).join('');
    assert.equal(tokenVerdict(`0x${mixed(g.hex(40))}`, 'link_token', 'token'), 'an Ethereum address');
    assert.equal(tokenVerdict(`0x${g.hex(64)}`, 'private_key', 'key'), undefined);
  });
});
