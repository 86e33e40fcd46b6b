// userstack: apilayer user-agent lookup API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const userstackRules: Rule[] = [
  contextRule({
    id: 'userstack-access-key',
    provider: 'userstack',
    family: 'saas',
    description: 'userstack (apilayer) API access key',
    names: ['userstack'],
    keywords: ['userstack'],
    value: '[a-z0-9]{32}',
    envName: 'USERSTACK_ACCESS_KEY',
    docsUrl: 'https://userstack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the userstack dashboard (https://userstack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
