// Finnhub (market data): 20-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const finnhubRules: Rule[] = [
  contextRule({
    id: 'finnhub-api-key',
    provider: 'Finnhub',
    family: 'payments',
    description: 'Finnhub API key',
    names: ['finnhub'],
    keywords: ['finnhub'],
    value: '[a-z0-9]{20}',
    envName: 'FINNHUB_API_KEY',
    docsUrl: 'https://finnhub.io/docs/api/authentication',
    revocationUrl: 'https://finnhub.io/dashboard',
    sample: (g) => g.chars(LOWER_DIGITS, 20),
    negatives: (g) => [
      `FINNHUB_API_KEY="${g.chars(LOWER_DIGITS, 23)}"`, // too long
      `FINNHUB_API_KEY="${g.chars(LOWER_DIGITS, 19)}Q"`, // outside the lower alphabet
    ],
  }),
];
