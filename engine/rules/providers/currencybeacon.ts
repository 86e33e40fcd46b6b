// CurrencyBeacon (formerly CurrencyScoop): 32-character API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const currencybeaconRules: Rule[] = [
  contextRule({
    id: 'currencybeacon-api-key',
    provider: 'CurrencyBeacon (CurrencyScoop)',
    family: 'payments',
    description: 'CurrencyBeacon / CurrencyScoop API key',
    names: ['currency[_-]?(?:beacon|scoop)'],
    keywords: ['currency-beacon', 'currency-scoop', 'currency_beacon', 'currency_scoop', 'currencybeacon', 'currencyscoop'],
    value: '[a-z0-9]{32}',
    envName: 'CURRENCYBEACON_API_KEY',
    docsUrl: 'https://currencybeacon.com/api-documentation',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the CurrencyBeacon account dashboard.',
    sample: (g) => g.chars(LOWER_DIGITS, 32),
    negatives: (g) => [
      `CURRENCYBEACON_API_KEY="${g.chars(LOWER_DIGITS, 35)}"`, // too long
      `CURRENCYBEACON_API_KEY="${g.chars(LOWER_DIGITS, 31)}Q"`, // outside the lower alphabet
    ],
  }),
];
