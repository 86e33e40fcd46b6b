// Salesflare: salesflare API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const salesflareRules: Rule[] = [
  contextRule({
    id: 'salesflare-api-key',
    provider: 'Salesflare',
    family: 'saas',
    description: 'Salesflare API key',
    names: ['salesflare'],
    keywords: ['salesflare'],
    value: '[A-Za-z0-9_]{45}',
    envName: 'SALESFLARE_API_KEY',
    docsUrl: 'https://api.salesflare.com/docs',
    revocationUrl: 'https://app.salesflare.com/#/settings/apikeys',
    sample: (g) => g.alnum(45),
  }),
];
