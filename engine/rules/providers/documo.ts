// Documo (online fax): API keys are JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const documoRules: Rule[] = [
  contextRule({
    id: 'documo-api-key',
    provider: 'Documo',
    family: 'messaging',
    description: 'Documo API key (JWT)',
    names: ['documo'],
    keywords: ['documo'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'DOCUMO_API_KEY',
    docsUrl: 'https://docs.documo.com/#authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in Documo → Settings → API and create a new one.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `DOCUMO_API_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
