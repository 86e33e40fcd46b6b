// Wistia: wistia API access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const wistiaRules: Rule[] = [
  contextRule({
    id: 'wistia-api-token',
    provider: 'Wistia',
    family: 'saas',
    description: 'Wistia API access token',
    names: ['wistia'],
    keywords: ['wistia'],
    value: '[a-f0-9]{64}',
    envName: 'WISTIA_API_TOKEN',
    docsUrl: 'https://docs.wistia.com/docs/making-api-requests',
    revocationUrl: 'https://account.wistia.com/account/api',
    sample: (g) => g.hex(64),
  }),
];
