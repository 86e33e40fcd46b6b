// Keygen (software licensing) tokens: kind (`prod`, `admin`, `user`, `activ`, `env`), `-`, hex digits and the `v3` version suffix.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const keygenRules: Rule[] = [
  tokenRule({
    id: 'keygen-token',
    provider: 'Keygen',
    family: 'saas',
    description: 'Keygen API token',
    prefix: ['prod-', 'admin-', 'user-', 'activ-', 'env-'],
    body: '[a-f0-9]{32,128}v3',
    envName: 'KEYGEN_TOKEN',
    docsUrl: 'https://keygen.sh/docs/api/authentication/',
    revocationUrl: null,
    revocationNote: 'Revoke the token (DELETE /v1/accounts/<account>/tokens/<id>) or in the Keygen dashboard → Tokens.',
    sample: (g) => `prod-${g.hex(64)}v3`,
    negatives: (g) => [`KEYGEN_TOKEN="prod-${g.hex(64)}"` /* no version suffix */],
  }),
];
