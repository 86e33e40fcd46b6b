// api.data.gov keys (US federal APIs): 40 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dataGovRules: Rule[] = [
  contextRule({
    id: 'data-gov-api-key',
    provider: 'Data.gov (api.data.gov)',
    family: 'saas',
    description: 'api.data.gov API key',
    names: ['data[_-]?gov'],
    keywords: ['data-gov', 'data_gov', 'datagov'],
    value: '[A-Za-z0-9]{40}',
    envName: 'DATA_GOV_API_KEY',
    docsUrl: 'https://api.data.gov/docs/developer-manual/',
    revocationUrl: null,
    revocationNote: 'Sign up for a new key at api.data.gov and contact the api.data.gov team to disable the leaked one.',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `DATA_GOV_API_KEY="${g.alnum(43)}"`, // too long
      `DATA_GOV_API_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
