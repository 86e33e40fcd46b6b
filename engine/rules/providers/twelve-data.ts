// Twelve Data: twelve Data API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const twelveDataRules: Rule[] = [
  contextRule({
    id: 'twelve-data-api-key',
    provider: 'Twelve Data',
    family: 'payments',
    description: 'Twelve Data API key',
    names: ['twelvedata', 'twelve[_.-]data'],
    keywords: ['twelvedata', 'twelve_data', 'twelve-data', 'twelve.data'],
    value: '[a-f0-9]{32}',
    envName: 'TWELVE_DATA_API_KEY',
    docsUrl: 'https://twelvedata.com/docs#authentication',
    revocationUrl: 'https://twelvedata.com/account/api-keys',
    sample: (g) => g.hex(32),
  }),
];
