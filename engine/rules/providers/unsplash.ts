// Unsplash: unsplash API access or secret key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const unsplashRules: Rule[] = [
  contextRule({
    id: 'unsplash-secret-key',
    provider: 'Unsplash',
    family: 'saas',
    description: 'Unsplash API access or secret key',
    names: ['unsplash'],
    keywords: ['unsplash'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'UNSPLASH_SECRET_KEY',
    docsUrl: 'https://unsplash.com/documentation#authorization',
    revocationUrl: 'https://unsplash.com/oauth/applications',
    sample: (g) => g.base64url(43),
  }),
];
