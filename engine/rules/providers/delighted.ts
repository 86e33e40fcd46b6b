// Delighted (customer surveys): 32-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const delightedRules: Rule[] = [
  contextRule({
    id: 'delighted-api-key',
    provider: 'Delighted',
    family: 'saas',
    description: 'Delighted API key',
    names: ['delighted'],
    keywords: ['delighted'],
    value: '[A-Za-z0-9]{32}',
    envName: 'DELIGHTED_API_KEY',
    docsUrl: 'https://app.delighted.com/docs/api',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Delighted → Integrations → API.',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `DELIGHTED_API_KEY="${g.alnum(35)}"`, // too long
      `DELIGHTED_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
