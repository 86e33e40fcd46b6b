// A single chosen word that is all a password label's line gives (`password is Pumpkin`) is the password; words of
// the sentence (`required`, `hidden`, `string`) and words the sentence goes on after are not. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x30_4d);

const { found: values } = ruleAssertions(scanner);

describe('a single word alone after a password label in prose', () => {
  it('finds the word that ends the label’s line', () => {
    const [a, b] = [g.pick(['Pumpkin', 'Walnut', 'Lantern']), g.pick(['wombat', 'pelican', 'badger'])];
    assert.deepEqual(values(`Minecraft (Mia): password is ${a}\ncomputer password = ${b}\n`, 'notes/kids.txt'), [a, b]);
  });

  it('leaves words of the sentence, short words and a sentence that goes on', () => {
    const text = 'Password: required\nThe password is hidden.\npassword: string\nThe password is ember and more words follow\npassword: cat\n';
    assert.deepEqual(values(text, 'docs/notes.md'), []);
  });
});
