// Sinch: sinch access key secret or API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const sinchRules: Rule[] = [
  contextRule({
    id: 'sinch-key-secret',
    provider: 'Sinch',
    family: 'messaging',
    description: 'Sinch access key secret or API token',
    names: ['sinch'],
    keywords: ['sinch'],
    value: '[A-Za-z0-9_~.-]{26,40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SINCH_KEY_SECRET',
    docsUrl: 'https://developers.sinch.com/docs/sms/api-reference/authentication/',
    revocationUrl: 'https://dashboard.sinch.com/settings/access-keys',
    sample: (g) => g.base64url(30),
  }),
];
