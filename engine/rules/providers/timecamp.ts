// TimeCamp: timeCamp API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const timecampRules: Rule[] = [
  contextRule({
    id: 'timecamp-api-token',
    provider: 'TimeCamp',
    family: 'saas',
    description: 'TimeCamp API token',
    names: ['timecamp'],
    keywords: ['timecamp'],
    value: '[a-z0-9]{26}',
    envName: 'TIMECAMP_API_TOKEN',
    docsUrl: 'https://developer.timecamp.com/',
    revocationUrl: 'https://app.timecamp.com/app#/settings/users/me',
    sample: (g) => g.chars(LOWER_ALNUM, 26),
  }),
];
