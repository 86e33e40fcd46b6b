// Daily (video calls API): 64 hex-digit API keys; "daily" is a common word, so the name must say Daily API / daily.co.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dailyRules: Rule[] = [
  contextRule({
    id: 'daily-api-key',
    provider: 'Daily',
    family: 'messaging',
    description: 'Daily API key',
    names: ['daily[_-]?(?:co|api)'],
    keywords: ['daily-api', 'daily-co', 'daily_api', 'daily_co', 'dailyapi', 'dailyco'],
    value: '[a-fA-F0-9]{64}',
    envName: 'DAILY_API_KEY',
    docsUrl: 'https://docs.daily.co/reference/rest-api#authentication',
    revocationUrl: 'https://dashboard.daily.co/developers',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `DAILY_API_KEY="${g.hex(67)}"`, // too long
      `DAILY_API_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
