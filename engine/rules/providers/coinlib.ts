// Coinlib (crypto prices): 16-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const coinlibRules: Rule[] = [
  contextRule({
    id: 'coinlib-api-key',
    provider: 'Coinlib',
    family: 'payments',
    description: 'Coinlib API key',
    names: ['coinlib'],
    keywords: ['coinlib'],
    value: '[a-z0-9]{16}',
    minEntropy: 2.8,
    envName: 'COINLIB_API_KEY',
    docsUrl: 'https://coinlib.io/apidocs',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on the Coinlib API page.',
    sample: (g) => g.chars(LOWER_DIGITS, 16),
    negatives: (g) => [
      `COINLIB_API_KEY="${g.chars(LOWER_DIGITS, 19)}"`, // too long
      `COINLIB_API_KEY="${g.chars(LOWER_DIGITS, 15)}Q"`, // outside the lower alphabet
    ],
  }),
];
