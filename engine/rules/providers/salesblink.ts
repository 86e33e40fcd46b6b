// SalesBlink: salesBlink API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const salesblinkRules: Rule[] = [
  contextRule({
    id: 'salesblink-api-key',
    provider: 'SalesBlink',
    family: 'saas',
    description: 'SalesBlink API key',
    names: ['salesblink'],
    keywords: ['salesblink'],
    value: 'key-[A-Za-z0-9]{64}',
    envName: 'SALESBLINK_API_KEY',
    docsUrl: 'https://salesblink.io/',
    revocationUrl: null,
    revocationNote: 'SalesBlink has no public revocation link: regenerate (reset) the key in your SalesBlink settings (API), then update every place that uses it.',
    sample: (g) => `key-${g.alnum(64)}`,
  }),
];
