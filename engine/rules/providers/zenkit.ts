// Zenkit: zenkit API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const zenkitRules: Rule[] = [
  contextRule({
    id: 'zenkit-api-key',
    provider: 'Zenkit',
    family: 'saas',
    description: 'Zenkit API key',
    names: ['zenkit'],
    keywords: ['zenkit'],
    value: '[0-9a-z]{8}-[0-9A-Za-z]{32}',
    envName: 'ZENKIT_API_KEY',
    docsUrl: 'https://base.zenkit.com/docs/api/overview/introduction',
    revocationUrl: 'https://base.zenkit.com/profile/api',
    sample: (g) => `${g.chars(LOWER_ALNUM, 8)}-${g.alnum(32)}`,
  }),
];
