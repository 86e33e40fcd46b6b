// The tie-break order between rules that claim the same span (see RulePriority in types.ts).
import type { Rule, RulePriority } from '../types';

const ORDER: Record<RulePriority, number> = { checksum: 4, prefix: 3, context: 2, format: 1, generic: 0 };

export function rulePriority(rule: Pick<Rule, 'priority' | 'family'>): RulePriority {
  if (rule.priority) return rule.priority;
  if (rule.family === 'generic') return 'generic';
  return rule.family === 'token-format' ? 'format' : 'prefix';
}

/** Higher is stronger. */
export function priorityRank(rule: Pick<Rule, 'priority' | 'family'>): number {
  return ORDER[rulePriority(rule)];
}
