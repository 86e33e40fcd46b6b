// GoDaddy API secrets: 22 characters, paired with a key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const godaddyRules: Rule[] = [
  contextRule({
    id: 'godaddy-api-secret',
    provider: 'GoDaddy',
    family: 'infrastructure',
    description: 'GoDaddy API secret',
    names: ['godaddy[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'godaddy-api-secret',
      'godaddy-api_secret',
      'godaddy-apisecret',
      'godaddy-secret',
      'godaddy_api-secret',
      'godaddy_api_secret',
      'godaddy_apisecret',
      'godaddy_secret',
      'godaddyapi-secret',
      'godaddyapi_secret',
      'godaddyapisecret',
      'godaddysecret',
    ],
    value: '[A-Za-z0-9]{22}',
    envName: 'GODADDY_API_SECRET',
    docsUrl: 'https://developer.godaddy.com/getstarted',
    revocationUrl: 'https://developer.godaddy.com/keys',
    sample: (g) => g.alnum(22),
    negatives: (g) => [
      `GODADDY_API_SECRET="${g.alnum(25)}"`, // too long
      `GODADDY_API_SECRET="${g.alnum(11)}.${g.alnum(10)}"`, // a character outside the alphabet
    ],
  }),
];
