// Kagi API tokens: 11 characters, a dot, 43 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const kagiRules: Rule[] = [
  contextRule({
    id: 'kagi-api-key',
    provider: 'Kagi',
    family: 'ai',
    description: 'Kagi API key',
    names: ['kagi'],
    keywords: ['kagi'],
    value: '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{43}',
    envName: 'KAGI_API_KEY',
    docsUrl: 'https://help.kagi.com/kagi/api/overview.html',
    revocationUrl: 'https://kagi.com/settings?p=api',
    sample: (g) => `${g.base64url(11)}.${g.base64url(43)}`,
    negatives: (g) => [`KAGI_API_KEY="${g.base64url(11)}${g.base64url(43)}"` /* no dot */],
  }),
];
