// CloudConvert API v2 keys are long JWTs, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const cloudconvertRules: Rule[] = [
  contextRule({
    id: 'cloudconvert-api-key',
    provider: 'CloudConvert',
    family: 'saas',
    description: 'CloudConvert API key (JWT)',
    names: ['cloud[_-]?convert'],
    keywords: ['cloud-convert', 'cloud_convert', 'cloudconvert'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'CLOUDCONVERT_API_KEY',
    docsUrl: 'https://cloudconvert.com/api/v2#authentication',
    revocationUrl: 'https://cloudconvert.com/dashboard/api/v2/keys',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `CLOUDCONVERT_API_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
