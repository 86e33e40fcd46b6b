// Xero: xero OAuth client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const xeroRules: Rule[] = [
  contextRule({
    id: 'xero-client-secret',
    provider: 'Xero',
    family: 'payments',
    description: 'Xero OAuth client secret',
    names: ['xero'],
    keywords: ['xero'],
    value: '[A-Za-z0-9_-]{48}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'XERO_CLIENT_SECRET',
    docsUrl: 'https://developer.xero.com/documentation/guides/oauth2/auth-flow/',
    revocationUrl: 'https://developer.xero.com/app/manage',
    sample: (g) => g.base64url(48),
  }),
];
