// Diggernaut (web scraping): 40-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const diggernautRules: Rule[] = [
  contextRule({
    id: 'diggernaut-api-key',
    provider: 'Diggernaut',
    family: 'saas',
    description: 'Diggernaut API key',
    names: ['diggernaut'],
    keywords: ['diggernaut'],
    value: '[a-z0-9]{40}',
    envName: 'DIGGERNAUT_API_KEY',
    docsUrl: 'https://www.diggernaut.com/dev/api-authentication.html',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Diggernaut account settings.',
    sample: (g) => g.chars(LOWER_DIGITS, 40),
    negatives: (g) => [
      `DIGGERNAUT_API_KEY="${g.chars(LOWER_DIGITS, 43)}"`, // too long
      `DIGGERNAUT_API_KEY="${g.chars(LOWER_DIGITS, 39)}Q"`, // outside the lower alphabet
    ],
  }),
];
