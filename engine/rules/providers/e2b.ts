// E2B (sandboxes for AI agents): API keys are `e2b_` + 40 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const e2bRules: Rule[] = [
  tokenRule({
    id: 'e2b-api-key',
    provider: 'E2B',
    family: 'ai',
    description: 'E2B API key',
    prefix: 'e2b_',
    body: '[a-f0-9]{40}',
    envName: 'E2B_API_KEY',
    docsUrl: 'https://e2b.dev/docs/api-key',
    revocationUrl: 'https://e2b.dev/dashboard?tab=keys',
    sample: (g) => `e2b_${g.hex(40)}`,
    negatives: (g) => [
      `E2B_API_KEY="E2B_${g.hex(40)}"`, // prefix in the wrong case
      `E2B_API_KEY="e2b_${g.alnum(40).toUpperCase()}"` /* not hex */,
    ],
  }),
];
