// Chargebee API keys: `live_` or `test_` + about 32 characters, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const chargebeeRules: Rule[] = [
  contextRule({
    id: 'chargebee-api-key',
    provider: 'Chargebee',
    family: 'payments',
    description: 'Chargebee API key',
    names: ['chargebee'],
    keywords: ['chargebee'],
    value: '(?:live|test)_[A-Za-z0-9]{26,40}',
    maskPrefix: /^(?:live|test)_/,
    envName: 'CHARGEBEE_API_KEY',
    docsUrl: 'https://apidocs.chargebee.com/docs/api/#api_authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in Chargebee → Settings → Configure Chargebee → API Keys and create a new one.',
    sample: (g) => `live_${g.alnum(32)}`,
    negatives: (g) => [`CHARGEBEE_API_KEY="live_${g.alnum(12)}"` /* short */, `CHARGEBEE_SITE="acme-test"`],
  }),
];
