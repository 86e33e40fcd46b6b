// Hiveage (invoicing): 20-character API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hiveageRules: Rule[] = [
  contextRule({
    id: 'hiveage-api-key',
    provider: 'Hiveage',
    family: 'payments',
    description: 'Hiveage API key',
    names: ['hiveage'],
    keywords: ['hiveage'],
    value: '[A-Za-z0-9_-]{20}',
    envName: 'HIVEAGE_API_KEY',
    docsUrl: 'https://developers.hiveage.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Hiveage → Settings → API.',
    sample: (g) => g.alnum(20),
  }),
];
