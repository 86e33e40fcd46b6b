// Podio: podio API client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const podioRules: Rule[] = [
  contextRule({
    id: 'podio-client-secret',
    provider: 'Podio',
    family: 'saas',
    description: 'Podio API client secret',
    names: ['podio'],
    keywords: ['podio'],
    value: '[A-Za-z0-9]{64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PODIO_CLIENT_SECRET',
    docsUrl: 'https://developers.podio.com/authentication',
    revocationUrl: 'https://podio.com/settings/api',
    sample: (g) => g.alnum(64),
  }),
];
