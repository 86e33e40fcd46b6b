// Hygraph (formerly GraphCMS) permanent auth tokens: JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const hygraphRules: Rule[] = [
  contextRule({
    id: 'hygraph-permanent-auth-token',
    provider: 'Hygraph (GraphCMS)',
    family: 'saas',
    description: 'Hygraph permanent auth token (JWT)',
    names: ['hygraph', 'graph[_-]?cms'],
    keywords: ['graph-cms', 'graph_cms', 'graphcms', 'hygraph'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'HYGRAPH_TOKEN',
    docsUrl: 'https://hygraph.com/docs/api-reference/basics/authorization',
    revocationUrl: null,
    revocationNote: 'Delete the token in Hygraph → Project settings → Permanent Auth Tokens and create a new one.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `HYGRAPH_TOKEN="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
