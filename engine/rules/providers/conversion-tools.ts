// Conversion Tools (file conversion API): API tokens are JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const conversionToolsRules: Rule[] = [
  contextRule({
    id: 'conversion-tools-api-token',
    provider: 'Conversion Tools',
    family: 'saas',
    description: 'Conversion Tools API token (JWT)',
    names: ['conversion[_-]?tools'],
    keywords: ['conversion-tools', 'conversion_tools', 'conversiontools'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'CONVERSION_TOOLS_API_TOKEN',
    docsUrl: 'https://conversiontools.io/api-documentation',
    revocationUrl: 'https://conversiontools.io/profile',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `CONVERSION_TOOLS_API_TOKEN="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
