// Overloop: overloop API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const overloopRules: Rule[] = [
  contextRule({
    id: 'overloop-api-key',
    provider: 'Overloop',
    family: 'saas',
    description: 'Overloop API key',
    names: ['overloop'],
    keywords: ['overloop'],
    value: '[A-Za-z0-9_-]{50}',
    envName: 'OVERLOOP_API_KEY',
    docsUrl: 'https://apidoc.overloop.com/',
    revocationUrl: null,
    revocationNote: 'Overloop has no public revocation link: regenerate (reset) the key in your Overloop settings (API keys), then update every place that uses it.',
    sample: (g) => g.base64url(50),
  }),
];
