// APILayer: APILayer marketplace API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apilayerRules: Rule[] = [
  contextRule({
    id: 'apilayer-api-key',
    provider: 'APILayer',
    family: 'saas',
    description: 'APILayer marketplace API key',
    names: ['api[_-]?layer'],
    keywords: ['apilayer', 'api_layer', 'api-layer'],
    value: '[A-Za-z0-9]{32}',
    envName: 'APILAYER_API_KEY',
    docsUrl: 'https://apilayer.com/docs',
    revocationUrl: 'https://apilayer.com/account',
    sample: (g) => g.alnum(32),
  }),
];
