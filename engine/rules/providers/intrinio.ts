// Intrinio (financial data): 44-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const intrinioRules: Rule[] = [
  contextRule({
    id: 'intrinio-api-key',
    provider: 'Intrinio',
    family: 'payments',
    description: 'Intrinio API key',
    names: ['intrinio'],
    keywords: ['intrinio'],
    value: '[A-Za-z0-9]{44}',
    envName: 'INTRINIO_API_KEY',
    docsUrl: 'https://docs.intrinio.com/documentation/api_v2/getting_started',
    revocationUrl: 'https://account.intrinio.com/account/access_keys',
    sample: (g) => g.alnum(44),
    negatives: (g) => [
      `INTRINIO_API_KEY="${g.alnum(47)}"`, // too long
      `INTRINIO_API_KEY="${g.alnum(22)}.${g.alnum(21)}"`, // a character outside the alphabet
    ],
  }),
];
