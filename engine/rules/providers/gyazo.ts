// Gyazo access tokens: 43 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const gyazoRules: Rule[] = [
  contextRule({
    id: 'gyazo-access-token',
    provider: 'Gyazo',
    family: 'saas',
    description: 'Gyazo access token',
    names: ['gyazo'],
    keywords: ['gyazo'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'GYAZO_ACCESS_TOKEN',
    docsUrl: 'https://gyazo.com/api/docs/auth',
    revocationUrl: 'https://gyazo.com/oauth/applications',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `GYAZO_ACCESS_TOKEN="${g.base64url(46)}"`, // too long
      `GYAZO_ACCESS_TOKEN="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
