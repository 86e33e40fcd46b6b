// Route4Me: route4Me API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const route4meRules: Rule[] = [
  contextRule({
    id: 'route4me-api-key',
    provider: 'Route4Me',
    family: 'saas',
    description: 'Route4Me API key',
    names: ['route4me'],
    keywords: ['route4me'],
    value: '[A-F0-9]{32}',
    envName: 'ROUTE4ME_API_KEY',
    docsUrl: 'https://support.route4me.com/route4me-api/',
    revocationUrl: 'https://route4me.com/settings/integrations',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
