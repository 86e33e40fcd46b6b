// Bitly: Bitly generic access token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bitlyRules: Rule[] = [
  contextRule({
    id: 'bitly-access-token',
    provider: 'Bitly',
    family: 'saas',
    description: 'Bitly generic access token',
    names: ['bitly'],
    keywords: ['bitly'],
    value: '[a-f0-9]{40}',
    envName: 'BITLY_ACCESS_TOKEN',
    docsUrl: 'https://dev.bitly.com/docs/getting-started/authentication/',
    revocationUrl: 'https://app.bitly.com/settings/api/',
    sample: (g) => g.hex(40),
  }),
];
