// Tiingo: tiingo API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tiingoRules: Rule[] = [
  contextRule({
    id: 'tiingo-api-token',
    provider: 'Tiingo',
    family: 'payments',
    description: 'Tiingo API token',
    names: ['tiingo'],
    keywords: ['tiingo'],
    value: '[a-f0-9]{40}',
    envName: 'TIINGO_API_KEY',
    docsUrl: 'https://www.tiingo.com/documentation/general/connecting',
    revocationUrl: 'https://www.tiingo.com/account/api/token',
    sample: (g) => g.hex(40),
  }),
];
