// Sportmonks: sportmonks API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sportmonksRules: Rule[] = [
  contextRule({
    id: 'sportmonks-api-token',
    provider: 'Sportmonks',
    family: 'saas',
    description: 'Sportmonks API token',
    names: ['sportmonks', 'sportsmonk'],
    keywords: ['sportmonks', 'sportsmonk'],
    value: '[A-Za-z0-9]{60}',
    envName: 'SPORTMONKS_API_TOKEN',
    docsUrl: 'https://docs.sportmonks.com/football/welcome/authentication',
    revocationUrl: 'https://my.sportmonks.com/api/tokens',
    sample: (g) => g.alnum(60),
  }),
];
