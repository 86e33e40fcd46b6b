// UpLead: upLead API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const upleadRules: Rule[] = [
  contextRule({
    id: 'uplead-api-key',
    provider: 'UpLead',
    family: 'saas',
    description: 'UpLead API key',
    names: ['uplead'],
    keywords: ['uplead'],
    value: '[a-f0-9]{32}',
    envName: 'UPLEAD_API_KEY',
    docsUrl: 'https://docs.uplead.com/',
    revocationUrl: 'https://app.uplead.com/account/api',
    sample: (g) => g.hex(32),
  }),
];
