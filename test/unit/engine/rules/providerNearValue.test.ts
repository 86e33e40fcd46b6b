// A context-only provider named right before a value of its exact shape, without an assignment (ruleBuilders.ts
// NEAR_GAP): a label of credential words (`browshot PRIVATE TOKEN <v>`), the label's line then the value's, or a key
// ending in `-` that holds a credential word (`cliengo-SECRET-<v>`). Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x9ea2_14);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'src/config.txt');

const ruleOf = (text: string) => scanner.scan(text, { path: 'src/config.txt' }).map((f) => f.ruleId);

describe('provider named near its value', () => {
  it('reads credential words between the provider and the value', () => {
    assertFinds([(v) => `browshot key ${v}`, (v) => `browshot PRIVATE TOKEN ${v}`, (v) => `Browshot API key: ${v}`], () => g.alnum(28));
    assertFinds([(v) => `visualcrossing\nPRIVATE \n${v}\n`], () => g.upper(25));
    assertFinds([(v) => `eventbrite private access key\n${v}`], () => g.upper(20));
    assert.deepEqual(ruleOf(`clockify SECRET ${g.alnum(48)}`), ['clockify-api-key']);
  });

  it('reads a key ending in `-` only when it holds a credential word', () => {
    assertFinds([(v) => `cliengo-SECRET-${v}`, (v) => `urlscan-access-token-key-${v}`], () => g.uuid());
    assertQuiet([`cliengo-${g.uuid()}`, `urlscan-worker-${g.uuid()}`]);
  });

  it('does not read other words between them', () => {
    assertQuiet([`browshot public ${g.alnum(28)}`, `browshot screenshot id ${g.alnum(28)}`]);
  });
});
