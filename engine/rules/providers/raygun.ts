// Raygun: raygun application API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const raygunRules: Rule[] = [
  contextRule({
    id: 'raygun-api-key',
    provider: 'Raygun',
    family: 'observability',
    description: 'Raygun application API key',
    names: ['raygun'],
    keywords: ['raygun'],
    value: '[A-Za-z0-9]{22}',
    envName: 'RAYGUN_API_KEY',
    docsUrl: 'https://raygun.com/documentation/product-guides/crash-reporting/api-keys/',
    revocationUrl: null,
    revocationNote: "Regenerate the application's API key in Raygun (Application settings → API key → Generate new key).",
    sample: (g) => g.alnum(22),
  }),
];
