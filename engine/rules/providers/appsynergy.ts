// AppSynergy: AppSynergy API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appsynergyRules: Rule[] = [
  contextRule({
    id: 'appsynergy-api-key',
    provider: 'AppSynergy',
    family: 'saas',
    description: 'AppSynergy API key',
    names: ['app[_-]?synergy'],
    keywords: ['appsynergy', 'app_synergy', 'app-synergy'],
    value: '[a-z0-9]{64}',
    envName: 'APPSYNERGY_API_KEY',
    docsUrl: 'https://www.appsynergy.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under the AppSynergy account → API settings.',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 64),
  }),
];
