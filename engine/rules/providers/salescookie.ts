// SalesCookie: salesCookie API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const salescookieRules: Rule[] = [
  contextRule({
    id: 'salescookie-api-key',
    provider: 'SalesCookie',
    family: 'saas',
    description: 'SalesCookie API key',
    names: ['salescookie'],
    keywords: ['salescookie'],
    value: '[A-Za-z0-9]{32}',
    envName: 'SALESCOOKIE_API_KEY',
    docsUrl: 'https://salescookie.com/',
    revocationUrl: null,
    revocationNote: 'SalesCookie has no public revocation link: regenerate (reset) the key in your SalesCookie settings (API), then update every place that uses it.',
    sample: (g) => g.alnum(32),
  }),
];
