// Clearbit secret keys: `sk_` + 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const clearbitRules: Rule[] = [
  contextRule({
    id: 'clearbit-secret-key',
    provider: 'Clearbit',
    family: 'saas',
    description: 'Clearbit secret API key',
    names: ['clearbit'],
    keywords: ['clearbit'],
    value: 'sk_[a-f0-9]{32}',
    maskPrefix: /^sk_/,
    envName: 'CLEARBIT_API_KEY',
    docsUrl: 'https://dashboard.clearbit.com/docs#authentication',
    revocationUrl: 'https://dashboard.clearbit.com/api',
    sample: (g) => `sk_${g.hex(32)}`,
    negatives: (g) => [`CLEARBIT_API_KEY="pk_${g.hex(32)}"` /* publishable key */],
  }),
];
