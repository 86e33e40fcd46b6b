// Pangea (security APIs) service tokens: `pts_` and 32 lower-case base32 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const pangeaRules: Rule[] = [
  tokenRule({
    id: 'pangea-token',
    provider: 'Pangea',
    family: 'saas',
    description: 'Pangea service token',
    prefix: 'pts_',
    body: '[a-z2-7]{32}',
    envName: 'PANGEA_TOKEN',
    docsUrl: 'https://pangea.cloud/docs/admin-guide/tokens',
    revocationUrl: 'https://console.pangea.cloud/',
    revocationNote: 'Rotate or revoke the token in the Pangea console (service → Tokens).',
    sample: (g) => `pts_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 32)}`,
  }),
];
