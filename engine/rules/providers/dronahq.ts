// DronaHQ (low-code apps): 50-character lower-case API tokens.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const dronahqRules: Rule[] = [
  contextRule({
    id: 'dronahq-api-token',
    provider: 'DronaHQ',
    family: 'saas',
    description: 'DronaHQ API token',
    names: ['dronahq'],
    keywords: ['dronahq'],
    value: '[a-z0-9]{50}',
    envName: 'DRONAHQ_API_TOKEN',
    docsUrl: 'https://docs.dronahq.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in DronaHQ → Account settings → API.',
    sample: (g) => g.chars(LOWER_DIGITS, 50),
    negatives: (g) => [
      `DRONAHQ_API_TOKEN="${g.chars(LOWER_DIGITS, 53)}"`, // too long
      `DRONAHQ_API_TOKEN="${g.chars(LOWER_DIGITS, 49)}Q"`, // outside the lower alphabet
    ],
  }),
];
