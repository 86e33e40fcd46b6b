// CalorieNinjas (nutrition API): 40-character keys with no prefix.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const calorieninjasRules: Rule[] = [
  contextRule({
    id: 'calorieninjas-api-key',
    provider: 'CalorieNinjas',
    family: 'saas',
    description: 'CalorieNinjas API key',
    names: ['calorie[_-]?ninjas?'],
    keywords: ['calorie-ninja', 'calorie_ninja', 'calorieninja'],
    value: '[A-Za-z0-9]{40}',
    envName: 'CALORIENINJAS_API_KEY',
    docsUrl: 'https://calorieninjas.com/api',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on the CalorieNinjas profile page.',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `CALORIENINJAS_API_KEY="${g.alnum(43)}"`, // too long
      `CALORIENINJAS_API_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
