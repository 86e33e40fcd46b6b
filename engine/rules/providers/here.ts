// HERE location platform API keys: 43 URL-safe characters; the name must say HERE API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hereRules: Rule[] = [
  contextRule({
    id: 'here-api-key',
    provider: 'HERE',
    family: 'saas',
    description: 'HERE API key',
    names: ['here[_-]?(?:api|apikey|maps)'],
    keywords: ['here-api', 'here-maps', 'here_api', 'here_maps', 'hereapi', 'heremaps'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'HERE_API_KEY',
    docsUrl: 'https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html',
    revocationUrl: 'https://platform.here.com/admin/apps',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `HERE_API_KEY="${g.base64url(46)}"`, // too long
      `HERE_API_KEY="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
