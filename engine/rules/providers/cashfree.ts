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
    body: '[A-Za-z0-9_]{30,70}',
    envName: 'CASHFREE_CLIENT_SECRET',
    docsUrl: 'https://docs.cashfree.com/docs/api-keys',
    revocationUrl: 'https://merchant.cashfree.com/merchants/pg/developers/api-keys',
    sample: (g) => `cfsk_ma_prod_${g.hex(32)}_${g.hex(8)}`,
    negatives: (g) => [
      `CASHFREE_CLIENT_SECRET="CFSK_MA_PROD_${g.hex(32)}_${g.hex(8)}"`, // prefix in the wrong case
    ],
  }),
];
