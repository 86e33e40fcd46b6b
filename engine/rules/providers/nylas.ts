// Nylas v3 API keys: `nyk_v0_` and a random body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const nylasRules: Rule[] = [
  tokenRule({
    id: 'nylas-api-key',
    provider: 'Nylas',
    family: 'messaging',
    description: 'Nylas v3 API key',
    prefix: 'nyk_v0_',
    body: '[A-Za-z0-9_]{40,70}',
    envName: 'NYLAS_API_KEY',
    docsUrl: 'https://developer.nylas.com/docs/v3/auth/',
    revocationUrl: 'https://dashboard-v3.nylas.com/',
    revocationNote: 'Delete the key in the Nylas dashboard (API keys) and create a new one.',
    sample: (g) => `nyk_v0_${g.alnum(50)}`,
  }),
];
