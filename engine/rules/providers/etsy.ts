// Etsy API keystrings: 24 lower-case characters.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const etsyRules: Rule[] = [
  contextRule({
    id: 'etsy-api-keystring',
    provider: 'Etsy',
    family: 'saas',
    description: 'Etsy API keystring',
    names: ['etsy'],
    keywords: ['etsy'],
    value: '[a-z0-9]{24}',
    envName: 'ETSY_API_KEY',
    docsUrl: 'https://developers.etsy.com/documentation/essentials/authentication',
    revocationUrl: 'https://www.etsy.com/developers/your-apps',
    sample: (g) => g.chars(LOWER_DIGITS, 24),
    negatives: (g) => [
      `ETSY_API_KEY="${g.chars(LOWER_DIGITS, 27)}"`, // too long
      `ETSY_API_KEY="${g.chars(LOWER_DIGITS, 23)}Q"`, // outside the lower alphabet
    ],
  }),
];
