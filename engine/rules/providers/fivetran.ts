// Fivetran API secrets: 32 characters, paired with a 16-character API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const fivetranRules: Rule[] = [
  contextRule({
    id: 'fivetran-api-secret',
    provider: 'Fivetran',
    family: 'infrastructure',
    description: 'Fivetran API secret',
    names: ['fivetran[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'fivetran-api-secret',
      'fivetran-api_secret',
      'fivetran-apisecret',
      'fivetran-secret',
      'fivetran_api-secret',
      'fivetran_api_secret',
      'fivetran_apisecret',
      'fivetran_secret',
      'fivetranapi-secret',
      'fivetranapi_secret',
      'fivetranapisecret',
      'fivetransecret',
    ],
    value: '[A-Za-z0-9]{32}',
    envName: 'FIVETRAN_API_SECRET',
    docsUrl: 'https://fivetran.com/docs/rest-api/getting-started',
    revocationUrl: 'https://fivetran.com/dashboard/user/api-config',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `FIVETRAN_API_SECRET="${g.alnum(35)}"`, // too long
      `FIVETRAN_API_SECRET="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
