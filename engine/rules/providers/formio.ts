// Form.io API keys and x-jwt-token values: JWTs named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const formioRules: Rule[] = [
  contextRule({
    id: 'formio-jwt-token',
    provider: 'Form.io',
    family: 'saas',
    description: 'Form.io JWT token',
    names: ['form[_-]?io'],
    keywords: ['form-io', 'form_io', 'formio'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'FORMIO_JWT_TOKEN',
    docsUrl: 'https://apidocs.form.io/#authentication',
    revocationUrl: null,
    revocationNote: 'Sign the user out (or rotate the project JWT secret) in the Form.io portal so the token stops working.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `FORMIO_JWT_TOKEN="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
