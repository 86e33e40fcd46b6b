// Dyspatch (email templates): 52-character upper-case API keys.
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const dyspatchRules: Rule[] = [
  contextRule({
    id: 'dyspatch-api-key',
    provider: 'Dyspatch',
    family: 'messaging',
    description: 'Dyspatch API key',
    names: ['dyspatch'],
    keywords: ['dyspatch'],
    value: '[A-Z0-9]{52}',
    envName: 'DYSPATCH_API_KEY',
    docsUrl: 'https://docs.dyspatch.io/api/authentication/',
    revocationUrl: null,
    revocationNote: 'Delete the key in Dyspatch → Settings → API Keys and create a new one.',
    sample: (g) => g.chars(UPPER_DIGITS, 52),
    negatives: (g) => [
      `DYSPATCH_API_KEY="${g.chars(UPPER_DIGITS, 55)}"`, // too long
      `DYSPATCH_API_KEY="${g.chars(UPPER_DIGITS, 51)}q"`, // outside the upper alphabet
    ],
  }),
];
