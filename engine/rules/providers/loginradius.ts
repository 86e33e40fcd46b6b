// LoginRadius API secrets: UUIDs, named by the provider.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const loginradiusRules: Rule[] = [
  contextRule({
    id: 'loginradius-api-secret',
    provider: 'LoginRadius',
    family: 'saas',
    description: 'LoginRadius API secret',
    names: ['login[_-]?radius[_-]?(?:api[_-]?)?secret'],
    keywords: ['loginradius', 'login_radius', 'login-radius'],
    value: UUID,
    envName: 'LOGINRADIUS_API_SECRET',
    docsUrl: 'https://www.loginradius.com/docs/api/v2/getting-started/get-api-key-and-secret/',
    revocationUrl: null,
    revocationNote: 'Reset the API secret in the LoginRadius dashboard (Platform Configuration → API Credentials).',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `LOGINRADIUS_API_SECRET="z${g.uuid().slice(1)}"`, // not hex
      `LOGINRADIUS_API_SECRET="${g.uuid()}${g.hex(2)}"`, // too long
      `LOGINRADIUS_API_SECRET="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
