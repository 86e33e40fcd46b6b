// Shodan: shodan API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const shodanRules: Rule[] = [
  contextRule({
    id: 'shodan-api-key',
    provider: 'Shodan',
    family: 'saas',
    description: 'Shodan API key',
    names: ['shodan'],
    keywords: ['shodan'],
    value: '[A-Za-z0-9]{32}',
    envName: 'SHODAN_API_KEY',
    docsUrl: 'https://developer.shodan.io/api/requirements',
    revocationUrl: 'https://account.shodan.io/',
    sample: (g) => g.alnum(32),
  }),
];
