// Yousign: yousign API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const yousignRules: Rule[] = [
  contextRule({
    id: 'yousign-api-key',
    provider: 'Yousign',
    family: 'saas',
    description: 'Yousign API key',
    names: ['yousign'],
    keywords: ['yousign'],
    value: '[A-Za-z0-9]{32}',
    envName: 'YOUSIGN_API_KEY',
    docsUrl: 'https://developers.yousign.com/docs/set-up-your-account',
    revocationUrl: 'https://yousign.app/auth/workspace/settings/api-keys',
    sample: (g) => g.alnum(32),
  }),
];
