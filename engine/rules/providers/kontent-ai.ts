// Kontent.ai management and preview API keys: JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const kontentAiRules: Rule[] = [
  contextRule({
    id: 'kontent-ai-api-key',
    provider: 'Kontent.ai',
    family: 'saas',
    description: 'Kontent.ai API key (JWT)',
    names: ['kontent'],
    keywords: ['kontent'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'KONTENT_MANAGEMENT_API_KEY',
    docsUrl: 'https://kontent.ai/learn/docs/apis/openapi/management-api-v2/#section/Authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the key in Kontent.ai → Project settings → API keys and create a new one.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `KONTENT_MANAGEMENT_API_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
