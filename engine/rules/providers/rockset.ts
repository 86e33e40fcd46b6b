// Rockset: rockset API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const rocksetRules: Rule[] = [
  contextRule({
    id: 'rockset-api-key',
    provider: 'Rockset',
    family: 'database',
    description: 'Rockset API key',
    names: ['rockset'],
    keywords: ['rockset'],
    value: '[A-Za-z0-9]{64}',
    envName: 'ROCKSET_APIKEY',
    docsUrl: 'https://docs.rockset.com/documentation/reference/rest-api',
    revocationUrl: 'https://console.rockset.com/apikeys',
    sample: (g) => g.alnum(64),
  }),
];
