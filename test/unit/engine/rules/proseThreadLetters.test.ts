// Letters-only passwords handed over in a thread about a login (rw-dev3's DM and IRC log, rw-dev5's GitHub issue and
// Zendesk ticket, rw-dev6's helpdesk chat), and what stays quiet: the same phrase with no login in the thread, words of a
// sentence, code identifiers. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import { ruleAssertions } from '../../../support/ruleAssertions';

const g = createExampleGen(0x7e_11_e7);
const alone = ruleAssertions(createScanner({ rules: builtinRules.filter((r) => r.id === 'prose-thread-letters-password') }));
const words = () => `${g.pick(['Sonnenblume', 'Zonnebloem', 'Girasole', 'Kanelbulle'])}${g.pick(['Lantern', 'Meadow', 'Orbit', 'Comet'])}`;

describe('letters-only passwords handed over in a login thread', () => {
  it('finds the value while the sentence goes on after it', () => {
    const [a, b, c] = [words(), words(), words()];
    assert.deepEqual(alone.found(`Kofi: can't log in to the shared account\nInes: hm, then try ${a}, Marketing changed it\n`), [a]);
    assert.deepEqual(alone.found(`Can't log in to staging with the QA account.\n\nSame. Also tried ${b} which was the one before.\n`, 'exports/github/issue-12.md'), [b]);
    assert.deepEqual(alone.found(`Je n'arrive plus à me connecter.\nMerci, c'est bon. J'ai mis ${c} comme nouveau, c'est assez solide ?\n`), [c]);
  });

  it('stays quiet without a login in the thread, and on words, identifiers and labels', () => {
    alone.assertQuiet([`The release build is flaky.\nthen try ${words()} as the tag name\n`]);
    alone.assertQuiet([
      'I cannot log in.\nthen try reinstallation of the client\n',
      'Login fails.\nthen try PasswordEncoder in the bean\n',
      `Login fails.\nthen try ${words()}: it is a heading\n`,
      `Login fails.\nthen try ${words()}.method() in the console\n`,
      'Login fails.\nI set administrator as the role\n',
      `Password policy: the new one is ${words()} as an example\n`,
    ]);
  });
});
