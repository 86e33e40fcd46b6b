// Eden AI API keys are JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const edenAiRules: Rule[] = [
  contextRule({
    id: 'edenai-api-key',
    provider: 'Eden AI',
    family: 'ai',
    description: 'Eden AI API key (JWT)',
    names: ['eden[_-]?ai'],
    keywords: ['eden-ai', 'eden_ai', 'edenai'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'EDENAI_API_KEY',
    docsUrl: 'https://docs.edenai.co/reference/start-your-ai-journey-with-edenai',
    revocationUrl: 'https://app.edenai.run/admin/iam/api-keys',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `EDENAI_API_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
