// Front API tokens are JWTs; "front" is a common word, so the name must say frontapp / Front API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const frontRules: Rule[] = [
  contextRule({
    id: 'front-api-token',
    provider: 'Front',
    family: 'messaging',
    description: 'Front API token (JWT)',
    names: ['front[_-]?app', 'front[_-]?api[_-]?(?:token|key)'],
    keywords: ['frontapp', 'front_app', 'front-app', 'frontapi', 'front_api', 'front-api'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'FRONT_API_TOKEN',
    docsUrl: 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Front → Settings → Developers → API tokens.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `FRONT_API_TOKEN="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
