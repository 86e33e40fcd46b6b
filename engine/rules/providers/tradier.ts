// Tradier: tradier brokerage access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tradierRules: Rule[] = [
  contextRule({
    id: 'tradier-access-token',
    provider: 'Tradier',
    family: 'payments',
    description: 'Tradier brokerage access token',
    names: ['tradier'],
    keywords: ['tradier'],
    value: '[A-Za-z0-9]{28}',
    envName: 'TRADIER_ACCESS_TOKEN',
    docsUrl: 'https://documentation.tradier.com/brokerage-api/overview/authentication',
    revocationUrl: 'https://dash.tradier.com/settings/api',
    sample: (g) => g.alnum(28),
  }),
];
