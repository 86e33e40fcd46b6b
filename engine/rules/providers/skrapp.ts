// Skrapp.io: skrapp.io API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const skrappRules: Rule[] = [
  contextRule({
    id: 'skrapp-api-key',
    provider: 'Skrapp.io',
    family: 'saas',
    description: 'Skrapp.io API key',
    names: ['skrapp'],
    keywords: ['skrapp'],
    value: '[A-Za-z0-9]{42}',
    envName: 'SKRAPP_API_KEY',
    docsUrl: 'https://skrapp.io/api',
    revocationUrl: 'https://skrapp.io/app/account/api',
    sample: (g) => g.alnum(42),
  }),
];
