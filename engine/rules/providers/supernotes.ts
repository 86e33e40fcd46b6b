// Supernotes: supernotes API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const supernotesRules: Rule[] = [
  contextRule({
    id: 'supernotes-api-key',
    provider: 'Supernotes',
    family: 'saas',
    description: 'Supernotes API key',
    names: ['supernotes'],
    keywords: ['supernotes'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'SUPERNOTES_API_KEY',
    docsUrl: 'https://supernotes.app/docs/api',
    revocationUrl: null,
    revocationNote: 'Supernotes has no public revocation link: regenerate (reset) the key in your Supernotes settings (API keys), then update every place that uses it.',
    sample: (g) => g.base64url(43),
  }),
];
