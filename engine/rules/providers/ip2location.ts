// IP2Location.io: 32-character upper-case API keys.
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const ip2locationRules: Rule[] = [
  contextRule({
    id: 'ip2location-api-key',
    provider: 'IP2Location',
    family: 'saas',
    description: 'IP2Location API key',
    names: ['ip2location'],
    keywords: ['ip2location'],
    value: '[A-Z0-9]{32}',
    envName: 'IP2LOCATION_API_KEY',
    docsUrl: 'https://www.ip2location.io/ip2location-documentation',
    revocationUrl: 'https://www.ip2location.io/dashboard',
    sample: (g) => g.chars(UPPER_DIGITS, 32),
    negatives: (g) => [
      `IP2LOCATION_API_KEY="${g.chars(UPPER_DIGITS, 35)}"`, // too long
      `IP2LOCATION_API_KEY="${g.chars(UPPER_DIGITS, 31)}q"`, // outside the upper alphabet
    ],
  }),
];
