// DVC Studio (Iterative) access tokens: `isat_` + about 50 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const iterativeRules: Rule[] = [
  tokenRule({
    id: 'dvc-studio-access-token',
    provider: 'Iterative (DVC Studio)',
    family: 'infrastructure',
    description: 'DVC Studio access token',
    prefix: 'isat_',
    body: '[A-Za-z0-9]{30,70}',
    envName: 'DVC_STUDIO_TOKEN',
    docsUrl: 'https://dvc.org/doc/studio/user-guide/account-management#studio-access-token',
    revocationUrl: null,
    revocationNote: 'Delete the token in DVC Studio → Profile settings → Studio access tokens.',
    sample: (g) => `isat_${g.alnum(50)}`,
    negatives: (g) => [
      `DVC_STUDIO_TOKEN="ISAT_${g.alnum(50)}"`, // prefix in the wrong case
    ],
  }),
];
