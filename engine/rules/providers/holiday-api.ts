// Holiday API: UUID keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const holidayApiRules: Rule[] = [
  contextRule({
    id: 'holiday-api-key',
    provider: 'Holiday API',
    family: 'saas',
    description: 'Holiday API key',
    names: ['holiday[_-]?api'],
    keywords: ['holiday-api', 'holiday_api', 'holidayapi'],
    value: UUID,
    envName: 'HOLIDAY_API_KEY',
    docsUrl: 'https://holidayapi.com/docs',
    revocationUrl: 'https://holidayapi.com/dashboard',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `HOLIDAY_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `HOLIDAY_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `HOLIDAY_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
