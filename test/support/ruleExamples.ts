// A rule's own positive example as test data: its text and the secret's span (built from a seed at test
// time, never a committed literal).
import * as assert from 'node:assert/strict';
import { builtinRules } from '../../engine';
import { createExampleGen, unmark } from '../../engine/examples';

export function ruleExample(ruleId: string, seed: number, index = 0): { text: string; secret: string; start: number; end: number } {
  const rule = builtinRules.find((r) => r.id === ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  const { text, spans } = unmark(rule.examples.positives(createExampleGen(seed))[index]!);
  const [start, end] = spans[0]!;
  return { text, secret: text.slice(start, end), start, end };
}
