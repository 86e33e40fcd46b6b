// Alchemy: Alchemy (blockchain API) key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const alchemyRules: Rule[] = [
  contextRule({
    id: 'alchemy-api-key',
    provider: 'Alchemy',
    family: 'payments',
    description: 'Alchemy (blockchain API) key',
    names: ['alchemy[a-z_-]{0,12}(?:key|token|id)'],
    keywords: ['alchemy'],
    value: '[A-Za-z0-9_-]{32}',
    envName: 'ALCHEMY_API_KEY',
    docsUrl: 'https://docs.alchemy.com/reference/api-overview',
    revocationUrl: 'https://dashboard.alchemy.com/apps',
    sample: (g) => g.base64url(32),
  }),
];
