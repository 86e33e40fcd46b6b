// Brandfetch: Brandfetch API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const brandfetchRules: Rule[] = [
  contextRule({
    id: 'brandfetch-api-key',
    provider: 'Brandfetch',
    family: 'saas',
    description: 'Brandfetch API key',
    names: ['brandfetch'],
    keywords: ['brandfetch'],
    value: '[A-Za-z0-9+/=]{40,44}',
    envName: 'BRANDFETCH_API_KEY',
    docsUrl: 'https://docs.brandfetch.com/',
    revocationUrl: 'https://developers.brandfetch.com/dashboard',
    sample: (g) => g.alnum(40),
  }),
];
