// vpnapi.io: vpnapi.io API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const vpnapiRules: Rule[] = [
  contextRule({
    id: 'vpnapi-api-key',
    provider: 'vpnapi.io',
    family: 'saas',
    description: 'vpnapi.io API key',
    names: ['vpnapi'],
    keywords: ['vpnapi'],
    value: '[A-Za-z0-9]{32}',
    envName: 'VPNAPI_KEY',
    docsUrl: 'https://vpnapi.io/api-documentation',
    revocationUrl: 'https://vpnapi.io/dashboard',
    sample: (g) => g.alnum(32),
  }),
];
