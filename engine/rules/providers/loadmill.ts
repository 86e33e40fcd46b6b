// Loadmill: 40-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const loadmillRules: Rule[] = [
  contextRule({
    id: 'loadmill-api-token',
    provider: 'Loadmill',
    family: 'observability',
    description: 'Loadmill API token',
    names: ['loadmill'],
    keywords: ['loadmill'],
    value: '[A-Za-z0-9]{40}',
    envName: 'LOADMILL_API_TOKEN',
    docsUrl: 'https://docs.loadmill.com/integrations/api-tokens',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Loadmill → Settings → Security → API Tokens.',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `LOADMILL_API_TOKEN="${g.alnum(43)}"`, // too long
      `LOADMILL_API_TOKEN="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
