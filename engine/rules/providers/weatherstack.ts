// weatherstack: apilayer weather data API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const weatherstackRules: Rule[] = [
  contextRule({
    id: 'weatherstack-access-key',
    provider: 'weatherstack',
    family: 'saas',
    description: 'weatherstack (apilayer) API access key',
    names: ['weatherstack'],
    keywords: ['weatherstack'],
    value: '[a-z0-9]{32}',
    envName: 'WEATHERSTACK_ACCESS_KEY',
    docsUrl: 'https://weatherstack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the weatherstack dashboard (https://weatherstack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
