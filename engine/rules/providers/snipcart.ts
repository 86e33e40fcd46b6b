// Snipcart: snipcart secret API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const snipcartRules: Rule[] = [
  contextRule({
    id: 'snipcart-secret-api-key',
    provider: 'Snipcart',
    family: 'payments',
    description: 'Snipcart secret API key',
    names: ['snipcart'],
    keywords: ['snipcart'],
    value: '[A-Za-z0-9_]{75}',
    envName: 'SNIPCART_SECRET_API_KEY',
    docsUrl: 'https://docs.snipcart.com/v3/api-reference/authentication',
    revocationUrl: 'https://app.snipcart.com/dashboard/account/credentials',
    sample: (g) => g.alnum(75),
  }),
];
