// mediastack: apilayer news data API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const mediastackRules: Rule[] = [
  contextRule({
    id: 'mediastack-access-key',
    provider: 'mediastack',
    family: 'saas',
    description: 'mediastack (apilayer) API access key',
    names: ['mediastack'],
    keywords: ['mediastack'],
    value: '[a-z0-9]{32}',
    envName: 'MEDIASTACK_ACCESS_KEY',
    docsUrl: 'https://mediastack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the mediastack dashboard (https://mediastack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
