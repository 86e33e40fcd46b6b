// Qualaroo: qualaroo API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const qualarooRules: Rule[] = [
  contextRule({
    id: 'qualaroo-api-key',
    provider: 'Qualaroo',
    family: 'saas',
    description: 'Qualaroo API key',
    names: ['qualaroo'],
    keywords: ['qualaroo'],
    value: '[A-Za-z0-9=]{64}',
    envName: 'QUALAROO_API_KEY',
    docsUrl: 'https://help.qualaroo.com/hc/en-us/articles/201969438-The-REST-Reporting-API',
    revocationUrl: null,
    revocationNote: 'Qualaroo has no public revocation link: regenerate (reset) the key in your Qualaroo account settings (API), then update every place that uses it.',
    sample: (g) => g.alnum(64),
  }),
];
