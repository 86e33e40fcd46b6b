// Ambee: Ambee environmental data API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ambeeRules: Rule[] = [
  contextRule({
    id: 'ambee-api-key',
    provider: 'Ambee',
    family: 'saas',
    description: 'Ambee environmental data API key',
    names: ['ambee[a-z_-]{0,12}(?:key|token)'],
    keywords: ['ambee'],
    value: '[a-f0-9]{64}',
    envName: 'AMBEE_API_KEY',
    docsUrl: 'https://docs.ambeedata.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Ambee dashboard (API dashboard → API key).',
    sample: (g) => g.hex(64),
  }),
];
