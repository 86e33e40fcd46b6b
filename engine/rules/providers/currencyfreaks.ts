// CurrencyFreaks: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const currencyfreaksRules: Rule[] = [
  contextRule({
    id: 'currencyfreaks-api-key',
    provider: 'CurrencyFreaks',
    family: 'payments',
    description: 'CurrencyFreaks API key',
    names: ['currency[_-]?freaks'],
    keywords: ['currency-freaks', 'currency_freaks', 'currencyfreaks'],
    value: '[a-fA-F0-9]{32}',
    envName: 'CURRENCYFREAKS_API_KEY',
    docsUrl: 'https://currencyfreaks.com/documentation.html',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the CurrencyFreaks dashboard.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CURRENCYFREAKS_API_KEY="${g.hex(35)}"`, // too long
      `CURRENCYFREAKS_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
