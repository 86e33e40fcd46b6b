// ZeroTier: zeroTier Central API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zerotierRules: Rule[] = [
  contextRule({
    id: 'zerotier-api-token',
    provider: 'ZeroTier',
    family: 'infrastructure',
    description: 'ZeroTier Central API token',
    names: ['zerotier'],
    keywords: ['zerotier'],
    value: '[A-Za-z0-9]{32}',
    envName: 'ZEROTIER_API_TOKEN',
    docsUrl: 'https://docs.zerotier.com/api/central/v1/',
    revocationUrl: 'https://my.zerotier.com/account',
    sample: (g) => g.alnum(32),
  }),
];
