// marketstack: apilayer stock market data API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const marketstackRules: Rule[] = [
  contextRule({
    id: 'marketstack-access-key',
    provider: 'marketstack',
    family: 'saas',
    description: 'marketstack (apilayer) API access key',
    names: ['marketstack'],
    keywords: ['marketstack'],
    value: '[a-z0-9]{32}',
    envName: 'MARKETSTACK_ACCESS_KEY',
    docsUrl: 'https://marketstack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the marketstack dashboard (https://marketstack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
