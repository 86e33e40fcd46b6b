// Patreon: patreon creator access token or client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const patreonRules: Rule[] = [
  contextRule({
    id: 'patreon-access-token',
    provider: 'Patreon',
    family: 'saas',
    description: 'Patreon creator access token or client secret',
    names: ['patreon'],
    keywords: ['patreon'],
    value: '[A-Za-z0-9_-]{43}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PATREON_ACCESS_TOKEN',
    docsUrl: 'https://docs.patreon.com/#oauth',
    revocationUrl: 'https://www.patreon.com/portal/registration/register-clients',
    sample: (g) => g.base64url(43),
  }),
];
