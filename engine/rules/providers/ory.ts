// Ory Network API keys: `ory_pat_` and 32 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const oryRules: Rule[] = [
  tokenRule({
    id: 'ory-api-key',
    provider: 'Ory',
    family: 'saas',
    description: 'Ory Network project API key',
    prefix: 'ory_pat_',
    body: '[A-Za-z0-9]{32}',
    envName: 'ORY_API_KEY',
    docsUrl: 'https://www.ory.sh/docs/concepts/personal-access-token',
    revocationUrl: 'https://console.ory.sh/',
    revocationNote: 'Delete the key in the Ory Console (Project settings → API keys) and create a new one.',
    sample: (g) => `ory_pat_${g.alnum(32)}`,
  }),
];
