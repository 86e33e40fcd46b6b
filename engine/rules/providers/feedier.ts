// Feedier (feedback platform): 32-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const feedierRules: Rule[] = [
  contextRule({
    id: 'feedier-api-key',
    provider: 'Feedier',
    family: 'saas',
    description: 'Feedier API key',
    names: ['feedier'],
    keywords: ['feedier'],
    value: '[A-Za-z0-9]{32}',
    envName: 'FEEDIER_API_KEY',
    docsUrl: 'https://api.feedier.com/docs',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Feedier → Integrations → API.',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `FEEDIER_API_KEY="${g.alnum(35)}"`, // too long
      `FEEDIER_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
