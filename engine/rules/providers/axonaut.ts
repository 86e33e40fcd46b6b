// Axonaut: Axonaut API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const axonautRules: Rule[] = [
  contextRule({
    id: 'axonaut-api-key',
    provider: 'Axonaut',
    family: 'saas',
    description: 'Axonaut API key',
    names: ['axonaut'],
    keywords: ['axonaut'],
    value: '[a-f0-9]{32}',
    envName: 'AXONAUT_API_KEY',
    docsUrl: 'https://axonaut.com/api/v2/doc',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Axonaut under Settings → API.',
    sample: (g) => g.hex(32),
  }),
];
