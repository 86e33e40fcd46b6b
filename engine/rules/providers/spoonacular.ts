// Spoonacular: spoonacular food API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const spoonacularRules: Rule[] = [
  contextRule({
    id: 'spoonacular-api-key',
    provider: 'Spoonacular',
    family: 'saas',
    description: 'Spoonacular food API key',
    names: ['spoonacular'],
    keywords: ['spoonacular'],
    value: '[a-z0-9]{32}',
    envName: 'SPOONACULAR_API_KEY',
    docsUrl: 'https://spoonacular.com/food-api/docs#Authentication',
    revocationUrl: 'https://spoonacular.com/food-api/console#Profile',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
