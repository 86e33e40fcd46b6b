// A minified JSON file (`*.min.json`: an SDK's API models, data tables) is a build's output, not a chat export: the
// prose and chat rules are skipped on its own text (a speed cut, issue 22). A message under an export's message key
// is still read there, through the export's view (exportViews.ts). Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2424);
const { assertFinds, assertQuiet } = ruleAssertions(scanner);
const chat = (key: string) => (v: string) => `{"user": "U01", "${key}": "la contraseña del wifi de la sala?"},\n{"user": "U02", "${key}": "mil gaya: ${v}"}\n`;
const MINIFIED = 'node_modules/sdk/apis/chat-2024-03-02.min.json';

describe('prose rules on minified JSON', () => {
  it('reads the values in a JSON file of notes', () => {
    assertFinds([chat('note'), chat('comment')], () => humanPassword(g), 'export/general/2024-03-02.json');
  });

  it('skips the same text in a minified JSON file', () => {
    assertQuiet([chat('note')(humanPassword(g)), chat('comment')(humanPassword(g))], MINIFIED);
  });

  it("still reads an export's messages in a minified JSON file (its view is prose)", () => {
    assertFinds([chat('text')], () => humanPassword(g), MINIFIED);
  });
});
