// SoundCloud: soundCloud API client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const soundcloudRules: Rule[] = [
  contextRule({
    id: 'soundcloud-client-secret',
    provider: 'SoundCloud',
    family: 'saas',
    description: 'SoundCloud API client secret',
    names: ['soundcloud'],
    keywords: ['soundcloud'],
    value: '[A-Za-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SOUNDCLOUD_CLIENT_SECRET',
    docsUrl: 'https://developers.soundcloud.com/docs/api/guide#authentication',
    revocationUrl: 'https://soundcloud.com/you/apps',
    sample: (g) => g.alnum(32),
  }),
];
