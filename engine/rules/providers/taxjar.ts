// TaxJar: taxJar API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const taxjarRules: Rule[] = [
  contextRule({
    id: 'taxjar-api-key',
    provider: 'TaxJar',
    family: 'payments',
    description: 'TaxJar API token',
    names: ['taxjar'],
    keywords: ['taxjar'],
    value: '[a-f0-9]{32}',
    envName: 'TAXJAR_API_KEY',
    docsUrl: 'https://developers.taxjar.com/api/reference/#authentication',
    revocationUrl: 'https://app.taxjar.com/account#api-access',
    sample: (g) => g.hex(32),
  }),
];
