// Mux: mux access token secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const muxRules: Rule[] = [
  contextRule({
    id: 'mux-token-secret',
    provider: 'Mux',
    family: 'saas',
    description: 'Mux access token secret',
    names: ['mux'],
    keywords: ['mux'],
    value: '[A-Za-z0-9+/]{60,90}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MUX_TOKEN_SECRET',
    docsUrl: 'https://docs.mux.com/core/make-api-requests',
    revocationUrl: 'https://dashboard.mux.com/settings/access-tokens',
    sample: (g) => g.base64(75),
  }),
];
