// Rebrandly: rebrandly API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const rebrandlyRules: Rule[] = [
  contextRule({
    id: 'rebrandly-api-key',
    provider: 'Rebrandly',
    family: 'saas',
    description: 'Rebrandly API key',
    names: ['rebrandly'],
    keywords: ['rebrandly'],
    value: '[a-f0-9]{32}',
    envName: 'REBRANDLY_API_KEY',
    docsUrl: 'https://developers.rebrandly.com/docs/api-key-authentication',
    revocationUrl: 'https://app.rebrandly.com/account/api',
    sample: (g) => g.hex(32),
  }),
];
