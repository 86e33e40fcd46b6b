// exchangeratesapi.io (apilayer): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const exchangeratesapiRules: Rule[] = [
  contextRule({
    id: 'exchangeratesapi-access-key',
    provider: 'Exchange Rates API',
    family: 'payments',
    description: 'exchangeratesapi.io access key',
    names: ['exchange[_-]?rates[_-]?api'],
    keywords: ['exchange-rates-api', 'exchange-rates_api', 'exchange-ratesapi', 'exchange_rates-api', 'exchange_rates_api', 'exchange_ratesapi', 'exchangerates-api', 'exchangerates_api', 'exchangeratesapi'],
    value: '[a-fA-F0-9]{32}',
    envName: 'EXCHANGERATES_API_KEY',
    docsUrl: 'https://exchangeratesapi.io/documentation/',
    revocationUrl: null,
    revocationNote: 'Reset the key in the exchangeratesapi.io dashboard.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `EXCHANGERATES_API_KEY="${g.hex(35)}"`, // too long
      `EXCHANGERATES_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
