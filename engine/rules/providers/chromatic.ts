// Chromatic (visual testing): project tokens start with `chpt_`.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const chromaticRules: Rule[] = [
  tokenRule({
    id: 'chromatic-project-token',
    provider: 'Chromatic',
    family: 'infrastructure',
    description: 'Chromatic project token',
    prefix: 'chpt_',
    body: '[A-Za-z0-9]{12,40}',
    envName: 'CHROMATIC_PROJECT_TOKEN',
    docsUrl: 'https://www.chromatic.com/docs/cli/',
    revocationUrl: null,
    revocationNote: 'Reset the project token in Chromatic → Manage → Configure.',
    sample: (g) => `chpt_${g.alnum(14)}`,
    negatives: (g) => [
      `CHROMATIC_PROJECT_TOKEN="CHPT_${g.alnum(14)}"`, // prefix in the wrong case
    ],
  }),
];
