// BitcoinAverage: BitcoinAverage API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bitcoinaverageRules: Rule[] = [
  contextRule({
    id: 'bitcoinaverage-api-key',
    provider: 'BitcoinAverage',
    family: 'payments',
    description: 'BitcoinAverage API key',
    names: ['bitcoin[_-]?average'],
    keywords: ['bitcoinaverage', 'bitcoin_average', 'bitcoin-average'],
    value: '[A-Za-z0-9]{43}',
    envName: 'BITCOINAVERAGE_API_KEY',
    docsUrl: 'https://apiv2.bitcoinaverage.com/',
    revocationUrl: null,
    revocationNote: 'Delete the key in the BitcoinAverage dashboard (API keys) and create a new one.',
    sample: (g) => g.alnum(43),
  }),
];
