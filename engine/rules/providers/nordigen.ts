// Nordigen (GoCardless Bank Account Data): nordigen (GoCardless Bank Account Data) secret key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nordigenRules: Rule[] = [
  contextRule({
    id: 'nordigen-secret-key',
    provider: 'Nordigen (GoCardless Bank Account Data)',
    family: 'payments',
    description: 'Nordigen (GoCardless Bank Account Data) secret key',
    names: ['nordigen'],
    keywords: ['nordigen'],
    value: '[a-f0-9]{128}',
    envName: 'NORDIGEN_SECRET_KEY',
    docsUrl: 'https://developer.gocardless.com/bank-account-data/quick-start-guide',
    revocationUrl: 'https://bankaccountdata.gocardless.com/user-secrets/',
    sample: (g) => g.hex(128),
  }),
];
