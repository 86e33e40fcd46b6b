// Luno (crypto exchange) API key secrets: 43 URL-safe characters, paired with a key ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lunoRules: Rule[] = [
  contextRule({
    id: 'luno-api-secret',
    provider: 'Luno',
    family: 'payments',
    description: 'Luno API key secret',
    names: ['luno[_-]?(?:api[_-]?)?(?:key[_-]?)?secret'],
    keywords: ['secret'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'LUNO_API_SECRET',
    docsUrl: 'https://www.luno.com/en/developers/api#tag/Authentication',
    revocationUrl: 'https://www.luno.com/wallet/security/api_keys',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `LUNO_API_SECRET="${g.base64url(46)}"`, // too long
      `LUNO_API_SECRET="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
