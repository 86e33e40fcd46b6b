// Crowdin personal access tokens: 80 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const crowdinRules: Rule[] = [
  contextRule({
    id: 'crowdin-personal-access-token',
    provider: 'Crowdin',
    family: 'saas',
    description: 'Crowdin personal access token',
    names: ['crowdin'],
    keywords: ['crowdin'],
    value: '[a-fA-F0-9]{80}',
    envName: 'CROWDIN_PERSONAL_TOKEN',
    docsUrl: 'https://developer.crowdin.com/api/v2/#section/Authorization',
    revocationUrl: 'https://crowdin.com/settings#api-key',
    sample: (g) => g.hex(80),
    negatives: (g) => [
      `CROWDIN_PERSONAL_TOKEN="${g.hex(83)}"`, // too long
      `CROWDIN_PERSONAL_TOKEN="${g.hex(79)}g"`, // outside the hex alphabet
    ],
  }),
];
