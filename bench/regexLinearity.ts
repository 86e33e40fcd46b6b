// Every rule against adversarial inputs built from its own pattern, at 100 KB and 1 MB: the time must grow
// about 10× (linear). Prints one line per rule and flags any rule whose ratio is far above 10.
import { createScanner } from '../engine';
import type { Rule } from '../engine/types';
import { adversarialInputs } from '../test/support/adversarial';
import { bestMs, flat, lpad, pad } from './timing';

const SMALL = 100 * 1024;
const LARGE = 1024 * 1024;
/** Linear growth is a ratio of about 10; above this (confirmed by a re-measure) a rule is flagged. */
const FLAG_RATIO = 30;
/** Below this many ms at 1 MB a ratio is noise on a shared machine, not growth. */
const MEASURABLE_MS = 50;
const MIN_SMALL_MS = 5;

export interface RuleTiming {
  id: string;
  inputs: number;
  smallMs: number;
  largeMs: number;
  worstLabel: string;
  worstLargeMs: number;
  worstRatio: number;
  flagged: boolean;
  flaggedInputs: string[];
}

export function timeRule(rule: Rule): RuleTiming {
  const scanner = createScanner({ rules: [rule] });
  const inputs = adversarialInputs(rule);
  let smallMs = 0;
  let largeMs = 0;
  let worst = { label: '', largeMs: 0, ratio: 0 };
  let flagged = false;
  const flaggedInputs: string[] = [];
  for (const input of inputs) {
    const small = flat(input.build(SMALL));
    const large = flat(input.build(LARGE));
    let s = bestMs(3, () => scanner.scan(small));
    let l = bestMs(2, () => scanner.scan(large));
    // Runs of a few ms at 100 KB say more about caches and GC than growth: they are not flagged.
    if (s >= MIN_SMALL_MS && l >= MEASURABLE_MS && l / s > FLAG_RATIO) {
      // Confirm before flagging: one slow run on a shared machine is not growth.
      s = Math.min(
        s,
        bestMs(3, () => scanner.scan(small)),
      );
      l = Math.min(
        l,
        bestMs(3, () => scanner.scan(large)),
      );
      if (l / s > FLAG_RATIO) {
        flagged = true;
        flaggedInputs.push(`${input.label} (${s.toFixed(1)} → ${l.toFixed(1)} ms)`);
      }
    }
    smallMs += s;
    largeMs += l;
    const ratio = l / Math.max(s, 0.05);
    if (l > worst.largeMs) worst = { label: input.label, largeMs: l, ratio };
  }
  if (largeMs >= MEASURABLE_MS && largeMs / Math.max(smallMs, 0.05) > FLAG_RATIO * 0.7) flagged = true;
  return { flaggedInputs, id: rule.id, inputs: inputs.length, smallMs, largeMs, worstLabel: worst.label, worstLargeMs: worst.largeMs, worstRatio: worst.ratio, flagged };
}

export function runRegexLinearity(rules: readonly Rule[]): RuleTiming[] {
  console.log(`\n## Regex linearity: every rule, adversarial inputs at ${SMALL / 1024} KB and ${LARGE / 1048576} MB`);
  console.log(`${pad('rule', 36)} ${lpad('inputs', 6)} ${lpad('100KB ms', 9)} ${lpad('1MB ms', 9)} ${lpad('ratio', 6)}  worst input (1 MB ms, ratio)`);
  const results: RuleTiming[] = [];
  for (const rule of rules) {
    const r = timeRule(rule);
    results.push(r);
    const ratio = r.largeMs / Math.max(r.smallMs, 0.05);
    console.log(
      `${pad(r.id, 36)} ${lpad(r.inputs, 6)} ${lpad(r.smallMs.toFixed(1), 9)} ${lpad(r.largeMs.toFixed(1), 9)} ${lpad(ratio.toFixed(1), 6)}  ${r.worstLabel} (${r.worstLargeMs.toFixed(1)}, ${r.worstRatio.toFixed(1)})${r.flagged ? `  <-- FLAG: super-linear? ${r.flaggedInputs.join('; ')}` : ''}`,
    );
  }
  const inputs = results.reduce((n, r) => n + r.inputs, 0);
  const slowest = results.reduce((a, b) => (b.worstLargeMs > a.worstLargeMs ? b : a));
  console.log(
    `rules: ${results.length}, inputs: ${inputs} (×2 sizes), flagged: ${results.filter((r) => r.flagged).length}, slowest 1 MB input: ${slowest.id} ${slowest.worstLargeMs.toFixed(1)} ms (${slowest.worstLabel})`,
  );
  return results;
}
