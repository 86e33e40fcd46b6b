// Custom rules stopped at the per-file time budget (workspace/regexGuard.ts): a problem of the config, said on
// stderr; the scan went on without the rule, so its result is incomplete and the exit code is 2.
import { relative, resolve, sep } from 'node:path';
import type { CustomRuleTimeout } from '../engine/detect/scan';
import { CUSTOM_RULE_BUDGET_MS } from '../workspace/regexGuard';
import type { RuleTimeout } from '../workspace/types';
import { displayPath } from '../report/displayPath';

export function describeRuleTimeout(t: RuleTimeout): string {
  return `${t.config ?? 'config'} ${t.field}: custom rule ${t.ruleId} took longer than ${t.budgetMs} ms on ${displayPath(t.file)} and was stopped; the scan went on without it. Simplify its pattern.`;
}

/** Writes each stopped rule to stderr; 2 when there was one, else `code`. */
export function reportRuleTimeouts(timeouts: readonly RuleTimeout[] | undefined, code: number): number {
  if (!timeouts || timeouts.length === 0) return code;
  for (const t of timeouts) process.stderr.write(`hush: ${describeRuleTimeout(t)}\n`);
  return 2;
}

/** Collects the timeouts of one scanner whose config came from `configPath` (one per rule). */
export function timeoutCollector(configPath: string | undefined, fileOf: (path: string | undefined) => string): { timeouts: RuleTimeout[]; onRuleTimeout(t: CustomRuleTimeout): void } {
  const timeouts: RuleTimeout[] = [];
  const config = configPath === undefined ? undefined : relative(process.cwd(), resolve(configPath)).split(sep).join('/') || configPath;
  return {
    timeouts,
    onRuleTimeout: (t) => {
      const field = `rules[${t.index}].pattern`;
      if (!timeouts.some((x) => x.field === field)) timeouts.push({ config, field, ruleId: t.ruleId, file: fileOf(t.path), budgetMs: CUSTOM_RULE_BUDGET_MS });
    },
  };
}
