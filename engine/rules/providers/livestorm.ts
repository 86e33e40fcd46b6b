// Livestorm API tokens are JWTs whose audience is api.livestorm.co.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';
import { jwtNames, jwtSample } from '../tokenShapes';

export const livestormRules: Rule[] = [
  tokenRule({
    id: 'livestorm-api-token',
    provider: 'Livestorm',
    family: 'messaging',
    description: 'Livestorm API token (JWT)',
    prefix: 'eyJ',
    body: '[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{20,1500}\\.[A-Za-z0-9_-]{20,700}',
    keywords: ['eyj'],
    priority: 'checksum',
    validate: (s) => jwtNames(s, 'livestorm.co'),
    envName: 'LIVESTORM_API_TOKEN',
    docsUrl: 'https://developers.livestorm.co/docs/authorization',
    revocationUrl: null,
    revocationNote: 'Delete the token in Livestorm → Account settings → Integrations → Public API and create a new one.',
    sample: (g) => jwtSample(g, { aud: 'api.livestorm.co', jti: g.uuid(), iat: 1700000000, iss: 'api.livestorm.co', org: g.uuid() }),
    negatives: (g) => [`LIVESTORM_API_TOKEN=${jwtSample(g, { aud: 'api.example.com', jti: g.uuid() })}` /* another audience */],
  }),
];
