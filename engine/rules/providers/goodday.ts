// GoodDay (work management): 32-character lower-case API tokens.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const gooddayRules: Rule[] = [
  contextRule({
    id: 'goodday-api-token',
    provider: 'GoodDay',
    family: 'saas',
    description: 'GoodDay API token',
    names: ['goodday'],
    keywords: ['goodday'],
    value: '[a-z0-9]{32}',
    envName: 'GOODDAY_API_TOKEN',
    docsUrl: 'https://www.goodday.work/developers/api-v2',
    revocationUrl: null,
    revocationNote: 'Delete the token in GoodDay → Organization settings → API and create a new one.',
    sample: (g) => g.chars(LOWER_DIGITS, 32),
    negatives: (g) => [
      `GOODDAY_API_TOKEN="${g.chars(LOWER_DIGITS, 35)}"`, // too long
      `GOODDAY_API_TOKEN="${g.chars(LOWER_DIGITS, 31)}Q"`, // outside the lower alphabet
    ],
  }),
];
