// IEX Cloud secret tokens: `sk_` + 32 hex digits (publishable `pk_` tokens are not secret).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const iexCloudRules: Rule[] = [
  contextRule({
    id: 'iex-cloud-secret-token',
    provider: 'IEX Cloud',
    family: 'payments',
    description: 'IEX Cloud secret token',
    names: ['iex[_-]?(?:cloud|api|token|secret)'],
    keywords: ['iex-api', 'iex-cloud', 'iex-secret', 'iex-token', 'iex_api', 'iex_cloud', 'iex_secret', 'iex_token', 'iexapi', 'iexcloud', 'iexsecret', 'iextoken'],
    value: 'sk_[a-f0-9]{32}',
    maskPrefix: /^sk_/,
    envName: 'IEX_CLOUD_API_TOKEN',
    docsUrl: 'https://iexcloud.io/docs/api/#authentication',
    revocationUrl: null,
    revocationNote: 'Rotate the secret token in the IEX Cloud console (API Tokens).',
    sample: (g) => `sk_${g.hex(32)}`,
    negatives: (g) => [`IEX_CLOUD_API_TOKEN="pk_${g.hex(32)}"` /* publishable token */],
  }),
];
