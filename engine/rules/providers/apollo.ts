// Apollo.io: Apollo.io API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apolloRules: Rule[] = [
  contextRule({
    id: 'apollo-io-api-key',
    provider: 'Apollo.io',
    family: 'saas',
    description: 'Apollo.io API key',
    names: ['apollo[_-]?(?:io[_-]?)?api[_-]?key'],
    keywords: ['apollo'],
    value: '[A-Za-z0-9_-]{22}',
    envName: 'APOLLO_IO_API_KEY',
    docsUrl: 'https://docs.apollo.io/docs/create-api-key',
    revocationUrl: 'https://app.apollo.io/#/settings/integrations/api',
    sample: (g) => g.base64url(22),
  }),
];
