// BIP-39 recovery phrases: the checksum decides, so exactly 1 in 16 last words completes a 12-word head (4 checksum
// bits), and the documented samples (repeated words) and shortened phrases give nothing. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { BIP39_ENGLISH } from '../../../../engine/rules/bip39English';
import { createExampleGen } from '../../../../engine/examples';
import { bip39ChecksumOk, containsRecoveryPhrase, examplePhrase } from '../../../../engine/rules/walletRecoveryPhrases';

const g = createExampleGen(0xb1_39);
const scanner = createScanner();
const ids = (text: string) => scanner.scan(text, { path: 'notes.txt' }).map((f) => f.ruleId);

describe('BIP-39 recovery phrases', () => {
  it('the word list is the standard one: 2,048 words, abandon … zoo', () => {
    assert.equal(BIP39_ENGLISH.length, 2048);
    assert.equal(new Set(BIP39_ENGLISH).size, 2048);
    assert.equal(BIP39_ENGLISH[0], 'abandon');
    assert.equal(BIP39_ENGLISH[2047], 'zoo');
  });

  it('1 in 16 last words completes a 12-word head, 1 in 256 a 24-word head', () => {
    for (const [n, valid] of [
      [12, 128],
      [24, 8],
    ] as const) {
      const head = examplePhrase(g, n)
        .split(' ')
        .slice(0, n - 1);
      const ok = BIP39_ENGLISH.filter((w) => bip39ChecksumOk([...head, w])).length;
      assert.equal(ok, valid);
    }
  });

  it('finds a phrase inside a sentence, not a broken or shortened one', () => {
    const phrase = examplePhrase(g);
    assert.ok(containsRecoveryPhrase(`my recovery phrase is ${phrase} if that helps`));
    const words = phrase.split(' ');
    const wrong = BIP39_ENGLISH.find((w) => !bip39ChecksumOk([...words.slice(0, 11), w]))!;
    assert.equal(containsRecoveryPhrase([...words.slice(0, 11), wrong].join(' ')), false);
    assert.equal(containsRecoveryPhrase(words.slice(0, 11).join(' ')), false);
  });

  it('reports a leaked phrase and not the documented dev mnemonics', () => {
    assert.ok(ids(`wallet seed: ${examplePhrase(g, 24)}`).includes('bip39-recovery-phrase'));
    assert.deepEqual(
      ids('anvil --mnemonic "test test test test test test test test test test test junk"').filter((i) => i === 'bip39-recovery-phrase'),
      [],
    );
    const zoo = `${'zoo '.repeat(11)}wrong`;
    assert.equal(bip39ChecksumOk(zoo.split(' ')), true);
    assert.deepEqual(
      ids(`seed phrase vector: ${zoo}`).filter((i) => i === 'bip39-recovery-phrase'),
      [],
    );
  });
});
