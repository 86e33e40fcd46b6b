// Currencycloud (Visa) API keys: 64 hex digits, used with the login ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const currencycloudRules: Rule[] = [
  contextRule({
    id: 'currencycloud-api-key',
    provider: 'Currencycloud',
    family: 'payments',
    description: 'Currencycloud API key',
    names: ['currency[_-]?cloud'],
    keywords: ['currency-cloud', 'currency_cloud', 'currencycloud'],
    value: '[a-fA-F0-9]{64}',
    envName: 'CURRENCYCLOUD_API_KEY',
    docsUrl: 'https://developer.currencycloud.com/guides/getting-started/authentication/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in the Currencycloud Direct portal (Settings → API key).',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `CURRENCYCLOUD_API_KEY="${g.hex(67)}"`, // too long
      `CURRENCYCLOUD_API_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
