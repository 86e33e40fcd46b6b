// positionstack: apilayer geocoding API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const positionstackRules: Rule[] = [
  contextRule({
    id: 'positionstack-access-key',
    provider: 'positionstack',
    family: 'saas',
    description: 'positionstack (apilayer) API access key',
    names: ['positionstack'],
    keywords: ['positionstack'],
    value: '[a-z0-9]{32}',
    envName: 'POSITIONSTACK_ACCESS_KEY',
    docsUrl: 'https://positionstack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the positionstack dashboard (https://positionstack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
