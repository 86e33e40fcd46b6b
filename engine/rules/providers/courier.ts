// Courier auth tokens: `pk_prod_` or `pk_test_` + 28 upper-case characters (despite the `pk_`, they are secret).
import type { Rule } from '../../types';
import { LOWER_DIGITS, UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const courierRules: Rule[] = [
  contextRule({
    id: 'courier-auth-token',
    provider: 'Courier',
    family: 'messaging',
    description: 'Courier auth token',
    names: ['courier'],
    keywords: ['courier'],
    value: 'pk_(?:prod|test)_[A-Z0-9]{28}',
    maskPrefix: /^pk_(?:prod|test)_/,
    envName: 'COURIER_AUTH_TOKEN',
    docsUrl: 'https://www.courier.com/docs/reference/auth/intro/',
    revocationUrl: 'https://app.courier.com/settings/api-keys',
    sample: (g) => `pk_prod_${g.chars(UPPER_DIGITS, 28)}`,
    negatives: (g) => [`COURIER_AUTH_TOKEN="pk_prod_${g.chars(UPPER_DIGITS, 20)}"` /* short */, `COURIER_AUTH_TOKEN="pk_prod_${g.chars(LOWER_DIGITS, 28)}"` /* lower case */],
  }),
];
