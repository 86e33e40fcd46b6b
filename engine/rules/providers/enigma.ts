// Enigma (business data): 40-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const enigmaRules: Rule[] = [
  contextRule({
    id: 'enigma-api-key',
    provider: 'Enigma',
    family: 'saas',
    description: 'Enigma API key',
    names: ['enigma[_-]?(?:api|key|token)'],
    keywords: ['enigma-api', 'enigma-key', 'enigma-token', 'enigma_api', 'enigma_key', 'enigma_token', 'enigmaapi', 'enigmakey', 'enigmatoken'],
    value: '[A-Za-z0-9]{40}',
    envName: 'ENIGMA_API_KEY',
    docsUrl: 'https://documentation.enigma.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Enigma console (Settings → API keys).',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `ENIGMA_API_KEY="${g.alnum(43)}"`, // too long
      `ENIGMA_API_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
