// Happy Scribe (transcription): 24-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const happyscribeRules: Rule[] = [
  contextRule({
    id: 'happyscribe-api-key',
    provider: 'Happy Scribe',
    family: 'ai',
    description: 'Happy Scribe API key',
    names: ['happy[_-]?scribe'],
    keywords: ['happy-scribe', 'happy_scribe', 'happyscribe'],
    value: '[A-Za-z0-9]{24}',
    envName: 'HAPPYSCRIBE_API_KEY',
    docsUrl: 'https://dev.happyscribe.com/sections/authentication/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Happy Scribe → Account → API.',
    sample: (g) => g.alnum(24),
    negatives: (g) => [
      `HAPPYSCRIBE_API_KEY="${g.alnum(27)}"`, // too long
      `HAPPYSCRIBE_API_KEY="${g.alnum(12)}.${g.alnum(11)}"`, // a character outside the alphabet
    ],
  }),
];
