// serpstack: apilayer search results API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const serpstackRules: Rule[] = [
  contextRule({
    id: 'serpstack-access-key',
    provider: 'serpstack',
    family: 'saas',
    description: 'serpstack (apilayer) API access key',
    names: ['serpstack'],
    keywords: ['serpstack'],
    value: '[a-z0-9]{32}',
    envName: 'SERPSTACK_ACCESS_KEY',
    docsUrl: 'https://serpstack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the serpstack dashboard (https://serpstack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
