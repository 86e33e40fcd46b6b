// OneLogin: oneLogin API client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const oneloginRules: Rule[] = [
  contextRule({
    id: 'onelogin-client-secret',
    provider: 'OneLogin',
    family: 'saas',
    description: 'OneLogin API client secret',
    names: ['onelogin'],
    keywords: ['onelogin'],
    value: '[a-f0-9]{64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'ONELOGIN_CLIENT_SECRET',
    docsUrl: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials',
    revocationUrl: null,
    revocationNote: 'Delete the API credential pair in OneLogin (Developers → API Credentials) and create a new one.',
    sample: (g) => g.hex(64),
  }),
];
