// Checkout.com secret keys: `sk_` (live) or `sk_sbox_` (sandbox) + 26 base32 characters + a check character; older keys `sk_` + UUID.
import type { Rule } from '../../types';
import { LOWER_BASE32 } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const checkoutComRules: Rule[] = [
  contextRule({
    id: 'checkout-com-secret-key',
    provider: 'Checkout.com',
    family: 'payments',
    description: 'Checkout.com secret key',
    names: ['checkout[_-]?(?:com[_-]?)?secret', 'cko[_-]?secret'],
    keywords: ['checkout', 'cko_secret', 'cko-secret', 'ckosecret'],
    value: 'sk_(?:sbox_)?[a-z2-7]{26}[a-z2-7*#$=]|sk_(?:test_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    maskPrefix: /^sk_(?:sbox_|test_)?/,
    envName: 'CKO_SECRET_KEY',
    docsUrl: 'https://www.checkout.com/docs/developer-resources/api/manage-api-keys',
    revocationUrl: 'https://dashboard.checkout.com/developers/keys',
    sample: (g) => `sk_${g.chars(LOWER_BASE32, 27)}`,
    negatives: (g) => [`CKO_SECRET_KEY="pk_sbox_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 27)}"` /* public key */, `CKO_SECRET_KEY="sk_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 20)}"` /* short */],
  }),
];
