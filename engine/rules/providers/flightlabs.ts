// FlightLabs access keys are JWTs, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { JWT_VALUE, jwtClaims, jwtSample } from '../tokenShapes';

export const flightlabsRules: Rule[] = [
  contextRule({
    id: 'flightlabs-access-key',
    provider: 'FlightLabs',
    family: 'saas',
    description: 'FlightLabs access key (JWT)',
    names: ['(?:go)?flight[_-]?labs'],
    keywords: ['flight-labs', 'flight_labs', 'flightlabs'],
    value: JWT_VALUE,
    validate: (s) => jwtClaims(s) !== undefined,
    envName: 'FLIGHTLABS_ACCESS_KEY',
    docsUrl: 'https://www.goflightlabs.com/documentation',
    revocationUrl: null,
    revocationNote: 'Regenerate the access key in the FlightLabs dashboard.',
    sample: (g) => jwtSample(g, { sub: g.digits(8), iat: 1700000000 }),
    negatives: (g) => [
      `FLIGHTLABS_ACCESS_KEY="eyJ${g.base64url(30)}.eyJ${g.base64url(60)}.${g.base64url(43)}"`, // JWT-shaped, but no JSON inside
    ],
  }),
];
