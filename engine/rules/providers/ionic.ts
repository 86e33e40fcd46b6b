// Ionic Appflow personal access tokens: `ion_` + 42 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const ionicRules: Rule[] = [
  tokenRule({
    id: 'ionic-personal-access-token',
    provider: 'Ionic',
    family: 'infrastructure',
    description: 'Ionic personal access token',
    prefix: 'ion_',
    body: '[A-Za-z0-9]{42}',
    envName: 'IONIC_TOKEN',
    docsUrl: 'https://ionic.io/docs/appflow/personal-access-tokens',
    revocationUrl: 'https://dashboard.ionicframework.com/settings/personal-access-tokens',
    sample: (g) => `ion_${g.alnum(42)}`,
    negatives: (g) => [
      `IONIC_TOKEN="ION_${g.alnum(42)}"`, // prefix in the wrong case
    ],
  }),
];
