// Calendly personal access tokens are JWTs issued by auth.calendly.com: the `iss` claim names the provider.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';
import { jwtNames, jwtSample } from '../tokenShapes';

export const calendlyRules: Rule[] = [
  tokenRule({
    id: 'calendly-personal-access-token',
    provider: 'Calendly',
    family: 'saas',
    description: 'Calendly personal access token (JWT)',
    prefix: 'eyJ',
    body: '[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{20,1500}\\.[A-Za-z0-9_-]{20,700}',
    keywords: ['eyj'],
    priority: 'checksum',
    validate: (s) => jwtNames(s, 'calendly.com'),
    envName: 'CALENDLY_API_TOKEN',
    docsUrl: 'https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens',
    revocationUrl: 'https://calendly.com/integrations/api_webhooks',
    sample: (g) => jwtSample(g, { iss: 'https://auth.calendly.com', jti: g.uuid(), user_uuid: g.uuid(), scope: 'default', iat: 1700000000 }, 'ES256'),
    negatives: (g) => [
      `CALENDLY_API_TOKEN=${jwtSample(g, { iss: 'https://auth.example.com', jti: g.uuid(), iat: 1700000000 })}` /* another issuer */,
      `CALENDLY_API_TOKEN=eyJ${g.base64url(40)}.eyJ${g.base64url(80)}.${g.base64url(43)}` /* no JSON inside */,
    ],
  }),
];
