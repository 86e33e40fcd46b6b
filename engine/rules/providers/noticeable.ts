// Noticeable: noticeable API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const noticeableRules: Rule[] = [
  contextRule({
    id: 'noticeable-api-key',
    provider: 'Noticeable',
    family: 'saas',
    description: 'Noticeable API key',
    names: ['noticeable'],
    keywords: ['noticeable'],
    value: '[A-Za-z0-9]{20}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'NOTICEABLE_API_KEY',
    docsUrl: 'https://docs.noticeable.io/api/',
    revocationUrl: null,
    revocationNote: 'Noticeable has no public revocation link: regenerate (reset) the key in your Noticeable project settings (API keys), then update every place that uses it.',
    sample: (g) => g.alnum(20),
  }),
];
