// Humanloop API keys: `hl_sk_` + hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const humanloopRules: Rule[] = [
  tokenRule({
    id: 'humanloop-api-key',
    provider: 'Humanloop',
    family: 'ai',
    description: 'Humanloop API key',
    prefix: 'hl_sk_',
    body: '[a-f0-9]{40,64}',
    envName: 'HUMANLOOP_API_KEY',
    docsUrl: 'https://humanloop.com/docs/api-reference',
    revocationUrl: 'https://app.humanloop.com/account/api-keys',
    sample: (g) => `hl_sk_${g.hex(48)}`,
    negatives: (g) => [
      `HUMANLOOP_API_KEY="HL_SK_${g.hex(48)}"`, // prefix in the wrong case
    ],
  }),
];
