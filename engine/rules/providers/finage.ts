// Finage (market data): 32-character upper-case API keys.
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const finageRules: Rule[] = [
  contextRule({
    id: 'finage-api-key',
    provider: 'Finage',
    family: 'payments',
    description: 'Finage API key',
    names: ['finage'],
    keywords: ['finage'],
    value: '[A-Z0-9]{32}',
    envName: 'FINAGE_API_KEY',
    docsUrl: 'https://finage.co.uk/docs/api/getting-started',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Finage dashboard.',
    sample: (g) => g.chars(UPPER_DIGITS, 32),
    negatives: (g) => [
      `FINAGE_API_KEY="${g.chars(UPPER_DIGITS, 35)}"`, // too long
      `FINAGE_API_KEY="${g.chars(UPPER_DIGITS, 31)}q"`, // outside the upper alphabet
    ],
  }),
];
