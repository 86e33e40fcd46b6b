// ZeroBounce: zeroBounce API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zerobounceRules: Rule[] = [
  contextRule({
    id: 'zerobounce-api-key',
    provider: 'ZeroBounce',
    family: 'messaging',
    description: 'ZeroBounce API key',
    names: ['zerobounce'],
    keywords: ['zerobounce'],
    value: '[a-f0-9]{32}',
    envName: 'ZEROBOUNCE_API_KEY',
    docsUrl: 'https://www.zerobounce.net/docs/',
    revocationUrl: 'https://www.zerobounce.net/members/API',
    sample: (g) => g.hex(32),
  }),
];
