// GetResponse: 32-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const getresponseRules: Rule[] = [
  contextRule({
    id: 'getresponse-api-key',
    provider: 'GetResponse',
    family: 'messaging',
    description: 'GetResponse API key',
    names: ['getresponse'],
    keywords: ['getresponse'],
    value: '[a-z0-9]{32}',
    envName: 'GETRESPONSE_API_KEY',
    docsUrl: 'https://apidocs.getresponse.com/v3/authentication',
    revocationUrl: 'https://app.getresponse.com/api',
    sample: (g) => g.chars(LOWER_DIGITS, 32),
    negatives: (g) => [
      `GETRESPONSE_API_KEY="${g.chars(LOWER_DIGITS, 35)}"`, // too long
      `GETRESPONSE_API_KEY="${g.chars(LOWER_DIGITS, 31)}Q"`, // outside the lower alphabet
    ],
  }),
];
