import type { Rule } from '../types';
import { inContexts } from './contexts';

export const paymentRules: Rule[] = [
  {
    id: 'stripe-live-secret-key',
    provider: 'Stripe',
    family: 'payments',
    description: 'Stripe live secret key',
    keywords: ['sk_live_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    envName: 'STRIPE_SECRET_KEY',
    maskPrefix: /^sk_live_/,
    docsUrl: 'https://docs.stripe.com/keys',
    revocationUrl: 'https://dashboard.stripe.com/apikeys',
    examples: {
      positives: (g) => inContexts(g, `sk_live_${g.alnum(24)}`, 'STRIPE_SECRET_KEY').concat(`Stripe::API.key = '${g.s(`sk_live_${g.alnum(99)}`)}'`),
      negatives: (g) => ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', `sk_live_${g.alnum(10)}`, 'const key = "sk_live_YOUR_SECRET_KEY_HERE_123";'],
    },
  },
  {
    id: 'stripe-restricted-key',
    provider: 'Stripe',
    family: 'payments',
    description: 'Stripe live restricted key',
    keywords: ['rk_live_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
    minEntropy: 3.5,
    envName: 'STRIPE_RESTRICTED_KEY',
    maskPrefix: /^rk_live_/,
    docsUrl: 'https://docs.stripe.com/keys#limit-access',
    revocationUrl: 'https://dashboard.stripe.com/apikeys',
    examples: {
      positives: (g) => inContexts(g, `rk_live_${g.alnum(32)}`, 'STRIPE_RESTRICTED_KEY'),
      negatives: () => ['rk_live_0000000000000000000000000', 'rk_live_<restricted key>'],
    },
  },
];
