// numverify: apilayer phone number validation API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const numverifyRules: Rule[] = [
  contextRule({
    id: 'numverify-access-key',
    provider: 'numverify',
    family: 'saas',
    description: 'numverify (apilayer) API access key',
    names: ['numverify'],
    keywords: ['numverify'],
    value: '[a-z0-9]{32}',
    envName: 'NUMVERIFY_ACCESS_KEY',
    docsUrl: 'https://numverify.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the numverify dashboard (https://numverify.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
