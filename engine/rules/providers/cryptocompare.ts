// CryptoCompare (CoinDesk data): 64 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const cryptocompareRules: Rule[] = [
  contextRule({
    id: 'cryptocompare-api-key',
    provider: 'CryptoCompare',
    family: 'payments',
    description: 'CryptoCompare API key',
    names: ['cryptocompare'],
    keywords: ['cryptocompare'],
    value: '[a-fA-F0-9]{64}',
    envName: 'CRYPTOCOMPARE_API_KEY',
    docsUrl: 'https://min-api.cryptocompare.com/documentation',
    revocationUrl: null,
    revocationNote: 'Delete the key in the CryptoCompare API dashboard and create a new one.',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `CRYPTOCOMPARE_API_KEY="${g.hex(67)}"`, // too long
      `CRYPTOCOMPARE_API_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
