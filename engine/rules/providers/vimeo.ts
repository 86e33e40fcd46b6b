// Vimeo: vimeo API access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const vimeoRules: Rule[] = [
  contextRule({
    id: 'vimeo-access-token',
    provider: 'Vimeo',
    family: 'saas',
    description: 'Vimeo API access token',
    names: ['vimeo'],
    keywords: ['vimeo'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'VIMEO_ACCESS_TOKEN',
    docsUrl: 'https://developer.vimeo.com/api/authentication',
    revocationUrl: 'https://developer.vimeo.com/apps',
    sample: (g) => g.hex(32),
  }),
];
