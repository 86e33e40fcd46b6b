// Turns validated config rules into engine rules. Patterns were checked by parseConfig.
import type { CustomRuleConfig } from '../config';
import type { Rule } from '../types';

export function customRules(configs: readonly CustomRuleConfig[]): Rule[] {
  return configs.map((c) => ({
    id: c.id,
    provider: 'Custom',
    family: 'custom',
    description: c.description,
    keywords: c.keywords.map((k) => k.toLowerCase()),
    pattern: new RegExp(c.pattern),
    minEntropy: c.minEntropy,
    envName: c.envName ?? c.id.toUpperCase().replace(/-/g, '_'),
    severity: c.severity,
    docsUrl: '',
    revocationUrl: null,
    revocationNote: 'Custom rule: see your own runbook.',
    examples: { positives: () => [], negatives: () => [] },
  }));
}
