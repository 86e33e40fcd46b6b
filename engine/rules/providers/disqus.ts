// Disqus API applications: 64-character secret keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const disqusRules: Rule[] = [
  contextRule({
    id: 'disqus-api-secret',
    provider: 'Disqus',
    family: 'saas',
    description: 'Disqus API secret key',
    names: ['disqus[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'disqus-api-secret',
      'disqus-api_secret',
      'disqus-apisecret',
      'disqus-secret',
      'disqus_api-secret',
      'disqus_api_secret',
      'disqus_apisecret',
      'disqus_secret',
      'disqusapi-secret',
      'disqusapi_secret',
      'disqusapisecret',
      'disqussecret',
    ],
    value: '[A-Za-z0-9]{64}',
    envName: 'DISQUS_API_SECRET',
    docsUrl: 'https://disqus.com/api/docs/auth/',
    revocationUrl: 'https://disqus.com/api/applications/',
    sample: (g) => g.alnum(64),
    negatives: (g) => [
      `DISQUS_API_SECRET="${g.alnum(67)}"`, // too long
      `DISQUS_API_SECRET="${g.alnum(32)}.${g.alnum(31)}"`, // a character outside the alphabet
    ],
  }),
];
