// CloudSight (image recognition): 20–24 character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const cloudsightRules: Rule[] = [
  contextRule({
    id: 'cloudsight-api-key',
    provider: 'CloudSight',
    family: 'ai',
    description: 'CloudSight API key',
    names: ['cloudsight'],
    keywords: ['cloudsight'],
    value: '[a-z0-9]{20,24}',
    envName: 'CLOUDSIGHT_API_KEY',
    docsUrl: 'https://cloudsight.docs.apiary.io/#introduction/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the CloudSight dashboard (API Keys).',
    sample: (g) => `${g.chars(LOWER_DIGITS, 22)}`,
    negatives: (g) => [`CLOUDSIGHT_API_KEY="${g.chars(LOWER_DIGITS, 30)}"` /* too long */, `CLOUDSIGHT_API_KEY="${g.alnum(22).toUpperCase()}"` /* upper case */],
  }),
];
