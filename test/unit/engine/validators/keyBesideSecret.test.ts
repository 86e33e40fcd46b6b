// An application's identifier beside its secret (engine/validators/keyBesideSecret.ts): the key is no finding, the
// secret still is.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(1507);

/** The generic rule's findings, as [start, end]. */
function generic(text: string): [number, number][] {
  return scanner
    .scan(text, { path: 'app/config.txt' })
    .filter((f) => f.ruleId === 'generic-secret-assignment')
    .map((f) => [f.start, f.end]);
}

function spanOf(text: string, value: string): [number, number] {
  const at = text.indexOf(value);
  return [at, at + value.length];
}

describe('application key beside its secret', () => {
  it("reports Twitter's consumer secret and not its 25-character consumer key (rtweet_bot)", () => {
    const key = g.alnum(25);
    const secret = g.alnum(50);
    const text = `auth <- rtweet_bot(\n  api_key       = "${key}",\n  api_secret    = "${secret}"\n)\n`;
    assert.deepEqual(generic(text), [spanOf(text, secret)]);
  });

  it('still reports a 25-character api_key with no consumer secret beside it', () => {
    const key = g.alnum(25);
    const text = `api_key = "${key}"\n`;
    assert.deepEqual(generic(text), [spanOf(text, key)]);
  });

  it("reports Blackboard's secret and not the application key (a UUID) beside it", () => {
    const secret = g.alnum(32);
    const text = `[blackboard]\nhost = https://learn.example.ac.uk\napplication_key = ${g.uuid()}\nsecret = ${secret}\n`;
    assert.deepEqual(generic(text), [spanOf(text, secret)]);
  });

  it('still reports an application key that is not a UUID', () => {
    const key = g.alnum(32);
    const text = `[blackboard]\napplication_key = ${key}\nsecret = \${BB_SECRET}\n`;
    assert.deepEqual(generic(text), [spanOf(text, key)]);
  });
});
