// PollsAPI: pollsAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const pollsapiRules: Rule[] = [
  contextRule({
    id: 'pollsapi-api-key',
    provider: 'PollsAPI',
    family: 'saas',
    description: 'PollsAPI key',
    names: ['pollsapi'],
    keywords: ['pollsapi'],
    value: '[A-Z0-9]{28}',
    envName: 'POLLSAPI_KEY',
    docsUrl: 'https://docs.pollsapi.com/',
    revocationUrl: null,
    revocationNote: 'PollsAPI has no public revocation link: regenerate (reset) the key in your PollsAPI dashboard, then update every place that uses it.',
    sample: (g) => g.chars(UPPER_ALNUM, 28),
  }),
];
