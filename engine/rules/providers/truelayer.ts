// TrueLayer: trueLayer client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const truelayerRules: Rule[] = [
  contextRule({
    id: 'truelayer-client-secret',
    provider: 'TrueLayer',
    family: 'payments',
    description: 'TrueLayer client secret',
    names: ['truelayer'],
    keywords: ['truelayer'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'TRUELAYER_CLIENT_SECRET',
    docsUrl: 'https://docs.truelayer.com/docs/authentication',
    revocationUrl: 'https://console.truelayer.com/',
    sample: (g) => g.uuid(),
  }),
];
