// Pipedream: pipedream API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pipedreamRules: Rule[] = [
  contextRule({
    id: 'pipedream-api-key',
    provider: 'Pipedream',
    family: 'infrastructure',
    description: 'Pipedream API key',
    names: ['pipedream'],
    keywords: ['pipedream'],
    value: '[a-f0-9]{32}',
    envName: 'PIPEDREAM_API_KEY',
    docsUrl: 'https://pipedream.com/docs/rest-api/auth',
    revocationUrl: 'https://pipedream.com/settings/account',
    sample: (g) => g.hex(32),
  }),
];
