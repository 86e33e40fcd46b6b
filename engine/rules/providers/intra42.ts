// 42 School Intra: an OAuth client secret is `s-s4t2ud-` or `s-s4t2af-` followed by 64 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const intra42Rules: Rule[] = [
  tokenRule({
    id: 'intra42-client-secret',
    provider: 'Intra42 (42 School)',
    family: 'saas',
    description: '42 Intra OAuth client secret',
    prefix: ['s-s4t2ud-', 's-s4t2af-'],
    body: '[a-f0-9]{64}',
    envName: 'INTRA42_CLIENT_SECRET',
    docsUrl: 'https://api.intra.42.fr/apidoc/guides/getting_started',
    revocationUrl: 'https://profile.intra.42.fr/oauth/applications',
    sample: (g) => `s-s4t2ud-${g.hex(64)}`,
    negatives: (g) => [
      `INTRA42_CLIENT_SECRET="S-S4T2UD-${g.hex(64)}"`, // prefix in the wrong case
    ],
  }),
];
