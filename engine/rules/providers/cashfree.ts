// Cashfree Payments: client secrets carry an environment marker (`cfsk_ma_prod_`, `cfsk_ma_test_`).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const cashfreeRules: Rule[] = [
  tokenRule({
    id: 'cashfree-client-secret',
    provider: 'Cashfree Payments',
    family: 'payments',
    description: 'Cashfree client secret',
    prefix: ['cfsk_ma_prod_', 'cfsk_ma_test_'],
    body: '[a-f0-9]{32}_[a-f0-9]{8}',
    envName: 'CASHFREE_CLIENT_SECRET',
    docsUrl: 'https://docs.cashfree.com/docs/api-keys',
    revocationUrl: 'https://merchant.cashfree.com/merchants/pg/developers/api-keys',
    sample: (g) => `cfsk_ma_prod_${g.hex(32)}_${g.hex(8)}`,
    negatives: (g) => [
      `CASHFREE_CLIENT_SECRET="CFSK_MA_PROD_${g.hex(32)}_${g.hex(8)}"`, // prefix in the wrong case
      `CASHFREE_CLIENT_SECRET="cfsk_ma_prod_${g.hex(32)}${g.hex(8)}"` /* no separator before the suffix */,
    ],
  }),
];
