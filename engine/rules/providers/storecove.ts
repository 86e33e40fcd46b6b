// Storecove: storecove API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const storecoveRules: Rule[] = [
  contextRule({
    id: 'storecove-api-key',
    provider: 'Storecove',
    family: 'saas',
    description: 'Storecove API key',
    names: ['storecove'],
    keywords: ['storecove'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'STORECOVE_API_KEY',
    docsUrl: 'https://www.storecove.com/docs/',
    revocationUrl: 'https://app.storecove.com/en/docs',
    sample: (g) => g.base64url(43),
  }),
];
