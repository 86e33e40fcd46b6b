// Pagar.me API keys: `ak_live_` / `ak_test_` and 30 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const pagarmeRules: Rule[] = [
  tokenRule({
    id: 'pagarme-api-key',
    provider: 'Pagar.me',
    family: 'payments',
    description: 'Pagar.me API key',
    prefix: ['ak_live_', 'ak_test_'],
    body: '[A-Za-z0-9]{30}',
    envName: 'PAGARME_API_KEY',
    docsUrl: 'https://docs.pagar.me/docs/api-keys',
    revocationUrl: 'https://dash.pagar.me/',
    revocationNote: 'Regenerate the keys in the Pagar.me dashboard (Settings → Keys).',
    sample: (g) => `ak_live_${g.alnum(30)}`,
  }),
];
