// KarmaCRM: 20-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const karmacrmRules: Rule[] = [
  contextRule({
    id: 'karmacrm-api-token',
    provider: 'KarmaCRM',
    family: 'saas',
    description: 'KarmaCRM API token',
    names: ['karma[_-]?crm'],
    keywords: ['karma-crm', 'karma_crm', 'karmacrm'],
    value: '[A-Za-z0-9]{20}',
    envName: 'KARMACRM_API_TOKEN',
    docsUrl: 'https://www.karmacrm.com/api',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in KarmaCRM → Settings → API.',
    sample: (g) => g.alnum(20),
    negatives: (g) => [
      `KARMACRM_API_TOKEN="${g.alnum(23)}"`, // too long
      `KARMACRM_API_TOKEN="${g.alnum(10)}.${g.alnum(9)}"`, // a character outside the alphabet
    ],
  }),
];
