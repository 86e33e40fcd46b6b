// Detectify: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const detectifyRules: Rule[] = [
  contextRule({
    id: 'detectify-api-key',
    provider: 'Detectify',
    family: 'infrastructure',
    description: 'Detectify API key',
    names: ['detectify'],
    keywords: ['detectify'],
    value: '[a-fA-F0-9]{32}',
    envName: 'DETECTIFY_API_KEY',
    docsUrl: 'https://developer.detectify.com/',
    revocationUrl: null,
    revocationNote: 'Delete the key in Detectify → Team settings → API keys and create a new one.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `DETECTIFY_API_KEY="${g.hex(35)}"`, // too long
      `DETECTIFY_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
