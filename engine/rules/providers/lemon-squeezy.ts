// Lemon Squeezy API keys are long JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const lemonSqueezyRules: Rule[] = [
  contextRule({
    id: 'lemon-squeezy-api-key',
    provider: 'Lemon Squeezy',
    family: 'payments',
    description: 'Lemon Squeezy API key (JWT)',
    names: ['lemon[_-]?squeezy'],
    keywords: ['lemon-squeezy', 'lemon_squeezy', 'lemonsqueezy'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'LEMONSQUEEZY_API_KEY',
    docsUrl: 'https://docs.lemonsqueezy.com/api/getting-started/requests#authentication',
    revocationUrl: 'https://app.lemonsqueezy.com/settings/api',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `LEMONSQUEEZY_API_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
