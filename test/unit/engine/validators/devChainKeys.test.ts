// The Hardhat/Anvil test accounts' keys are documented values: derived here from the published default mnemonic
// (BIP-32, m/44'/60'/0'/0/i) so no key literal is committed, they are negatives in any form, and a key one index
// past the documented twenty is still reported.
import assert from 'node:assert/strict';
import { createECDH, createHmac, pbkdf2Sync } from 'node:crypto';
import { createScanner } from '../../../../engine';
import { isPlaceholder } from '../../../../engine/validators/placeholder';

const N = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');
const hex = (b: Buffer) => BigInt(`0x${b.toString('hex')}`);

function child(key: Buffer, chain: Buffer, index: number): [Buffer, Buffer] {
  const idx = Buffer.alloc(4);
  idx.writeUInt32BE(index >>> 0);
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(key);
  const data = index >= 0x80000000 ? Buffer.concat([Buffer.alloc(1), key, idx]) : Buffer.concat([ecdh.getPublicKey(null, 'compressed'), idx]);
  const i = createHmac('sha512', chain).update(data).digest();
  const next = (hex(i.subarray(0, 32)) + hex(key)) % N;
  return [Buffer.from(next.toString(16).padStart(64, '0'), 'hex'), i.subarray(32)];
}

function devKey(account: number): string {
  const seed = pbkdf2Sync(`${'test '.repeat(11)}junk`, 'mnemonic', 2048, 64, 'sha512');
  const master = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
  let [key, chain]: [Buffer, Buffer] = [master.subarray(0, 32), master.subarray(32)];
  for (const i of [0x8000002c, 0x8000003c, 0x80000000, 0]) [key, chain] = child(key, chain, i);
  return child(key, chain, account)[0].toString('hex');
}

describe('documented local-chain dev keys', () => {
  const scanner = createScanner();
  it('every form of the twenty documented keys is a documented example', () => {
    for (const a of [0, 1, 9, 19]) {
      const k = devKey(a);
      for (const v of [k, `0x${k}`, k.toUpperCase(), `0x${k.toUpperCase()}`]) assert.ok(isPlaceholder(v), `account ${a}`);
    }
  });

  it('a key derived past them is not, and is reported in an .env', () => {
    const k = devKey(20);
    assert.equal(isPlaceholder(`0x${k}`), false);
    const env = (v: string) => scanner.scan(`DEPLOYER_PRIVATE_KEY=0x${v}\n`, { path: '.env' }).length;
    assert.ok(env(k) > 0);
    assert.equal(env(devKey(0)), 0);
  });
});
