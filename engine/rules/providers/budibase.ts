// Budibase: Budibase public API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const budibaseRules: Rule[] = [
  contextRule({
    id: 'budibase-api-key',
    provider: 'Budibase',
    family: 'saas',
    description: 'Budibase public API key',
    names: ['budibase'],
    keywords: ['budibase'],
    value: '[a-f0-9]{32}-[a-f0-9]{78,80}',
    envName: 'BUDIBASE_API_KEY',
    docsUrl: 'https://docs.budibase.com/docs/public-api',
    revocationUrl: null,
    revocationNote: 'Regenerate the key from the user menu → View API key in Budibase; the old one stops working.',
    sample: (g) => `${g.hex(32)}-${g.hex(80)}`,
  }),
];
