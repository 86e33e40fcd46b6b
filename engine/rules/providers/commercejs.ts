// Commerce.js (Chec): secret keys are `sk_` + 45 or more characters; public `pk_` keys are not secret.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const commercejsRules: Rule[] = [
  contextRule({
    id: 'commercejs-secret-key',
    provider: 'Commerce.js (Chec)',
    family: 'payments',
    description: 'Commerce.js secret key',
    names: ['chec[_-]?(?:secret|api|private)', 'commerce[_-]?js'],
    // `chec` alone is in every `check`.
    keywords: ['chec_', 'chec-', 'checsecret', 'checapi', 'checprivate', 'commercejs', 'commerce_js', 'commerce-js'],
    value: 'sk_(?:test_)?[A-Za-z0-9]{40,50}',
    maskPrefix: /^sk_(?:test_)?/,
    envName: 'CHEC_SECRET_KEY',
    docsUrl: 'https://commercejs.com/docs/api/#authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the secret key in the Chec dashboard (Developer → API keys).',
    sample: (g) => `sk_${g.alnum(45)}`,
    negatives: (g) => [`CHEC_SECRET_KEY="pk_${g.alnum(45)}"` /* public key */],
  }),
];
