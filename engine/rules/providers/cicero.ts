// Cicero (Azavea elected-officials API): 40-character lower-case keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const ciceroRules: Rule[] = [
  contextRule({
    id: 'cicero-api-key',
    provider: 'Cicero',
    family: 'saas',
    description: 'Cicero API key',
    names: ['cicero'],
    keywords: ['cicero'],
    value: '[a-z0-9]{40}',
    envName: 'CICERO_API_KEY',
    docsUrl: 'https://cicero.azavea.com/docs/',
    revocationUrl: null,
    revocationNote: 'Request a new key from your Cicero account page.',
    sample: (g) => g.chars(LOWER_DIGITS, 40),
    negatives: (g) => [
      `CICERO_API_KEY="${g.chars(LOWER_DIGITS, 43)}"`, // too long
      `CICERO_API_KEY="${g.chars(LOWER_DIGITS, 39)}Q"`, // outside the lower alphabet
    ],
  }),
];
