// Detect Language: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const detectlanguageRules: Rule[] = [
  contextRule({
    id: 'detectlanguage-api-key',
    provider: 'Detect Language',
    family: 'ai',
    description: 'Detect Language API key',
    names: ['detect[_-]?language'],
    keywords: ['detect-language', 'detect_language', 'detectlanguage'],
    value: '[a-fA-F0-9]{32}',
    envName: 'DETECTLANGUAGE_API_KEY',
    docsUrl: 'https://detectlanguage.com/documentation',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on the Detect Language account page.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `DETECTLANGUAGE_API_KEY="${g.hex(35)}"`, // too long
      `DETECTLANGUAGE_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
