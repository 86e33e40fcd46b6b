// ExchangeRate-API: 24 hex-digit keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const exchangerateApiRules: Rule[] = [
  contextRule({
    id: 'exchangerate-api-key',
    provider: 'ExchangeRate-API',
    family: 'payments',
    description: 'ExchangeRate-API key',
    names: ['exchange[_-]?rate[_-]?api'],
    keywords: ['exchange-rate-api', 'exchange-rate_api', 'exchange-rateapi', 'exchange_rate-api', 'exchange_rate_api', 'exchange_rateapi', 'exchangerate-api', 'exchangerate_api', 'exchangerateapi'],
    value: '[a-fA-F0-9]{24}',
    minEntropy: 2.5, // a short hex value often repeats digits
    envName: 'EXCHANGERATE_API_KEY',
    docsUrl: 'https://www.exchangerate-api.com/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the ExchangeRate-API dashboard.',
    sample: (g) => g.hex(24),
    negatives: (g) => [
      `EXCHANGERATE_API_KEY="${g.hex(27)}"`, // too long
      `EXCHANGERATE_API_KEY="${g.hex(23)}g"`, // outside the hex alphabet
    ],
  }),
];
