// StatusCake: statusCake API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const statuscakeRules: Rule[] = [
  contextRule({
    id: 'statuscake-api-key',
    provider: 'StatusCake',
    family: 'observability',
    description: 'StatusCake API key',
    names: ['statuscake'],
    keywords: ['statuscake'],
    value: '[A-Za-z0-9]{20}',
    envName: 'STATUSCAKE_API_KEY',
    docsUrl: 'https://developers.statuscake.com/guides/api/authentication/',
    revocationUrl: 'https://app.statuscake.com/User.php',
    sample: (g) => g.alnum(20),
  }),
];
