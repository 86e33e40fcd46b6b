// Edamam (nutrition and recipe APIs): 32 hex-digit application keys, paired with an 8 hex-digit application ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const edamamRules: Rule[] = [
  contextRule({
    id: 'edamam-app-key',
    provider: 'Edamam',
    family: 'saas',
    description: 'Edamam application key',
    names: ['edamam[_-]?(?:app[_-]?|application[_-]?|api[_-]?)?key'],
    keywords: ['edamam'],
    value: '[a-fA-F0-9]{32}',
    envName: 'EDAMAM_APP_KEY',
    docsUrl: 'https://developer.edamam.com/api/faq',
    revocationUrl: 'https://developer.edamam.com/admin/applications',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `EDAMAM_APP_KEY="${g.hex(35)}"`, // too long
      `EDAMAM_APP_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
