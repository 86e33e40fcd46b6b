// urlscan.io: urlscan.io API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const urlscanRules: Rule[] = [
  contextRule({
    id: 'urlscan-api-key',
    provider: 'urlscan.io',
    family: 'saas',
    description: 'urlscan.io API key',
    names: ['urlscan'],
    keywords: ['urlscan'],
    value: UUID,
    envName: 'URLSCAN_API_KEY',
    docsUrl: 'https://urlscan.io/docs/api/',
    revocationUrl: 'https://urlscan.io/user/profile/',
    sample: (g) => g.uuid(),
  }),
];
