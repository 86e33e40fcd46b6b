// Flexport API keys: `shltm_` + 40 URL-safe characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const flexportRules: Rule[] = [
  tokenRule({
    id: 'flexport-api-key',
    provider: 'Flexport',
    family: 'saas',
    description: 'Flexport API key',
    prefix: 'shltm_',
    body: '[A-Za-z0-9_-]{40}',
    envName: 'FLEXPORT_API_KEY',
    docsUrl: 'https://apidocs.flexport.com/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in the Flexport app (Settings → API credentials) and create a new one.',
    sample: (g) => `shltm_${g.base64url(40)}`,
    negatives: (g) => [
      `FLEXPORT_API_KEY="SHLTM_${g.base64url(40)}"`, // prefix in the wrong case
    ],
  }),
];
