// Whoxy: whoxy WHOIS API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const whoxyRules: Rule[] = [
  contextRule({
    id: 'whoxy-api-key',
    provider: 'Whoxy',
    family: 'saas',
    description: 'Whoxy WHOIS API key',
    names: ['whoxy'],
    keywords: ['whoxy'],
    value: '[a-z0-9]{33}',
    envName: 'WHOXY_API_KEY',
    docsUrl: 'https://www.whoxy.com/api/',
    revocationUrl: 'https://www.whoxy.com/account/',
    sample: (g) => g.chars(LOWER_ALNUM, 33),
  }),
];
