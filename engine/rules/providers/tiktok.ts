// TikTok: tikTok for Developers client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const tiktokRules: Rule[] = [
  contextRule({
    id: 'tiktok-client-secret',
    provider: 'TikTok',
    family: 'saas',
    description: 'TikTok for Developers client secret',
    names: ['tiktok'],
    keywords: ['tiktok'],
    value: '[A-Za-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'TIKTOK_CLIENT_SECRET',
    docsUrl: 'https://developers.tiktok.com/doc/oauth-user-access-token-management',
    revocationUrl: 'https://developers.tiktok.com/apps/',
    sample: (g) => g.alnum(32),
  }),
];
