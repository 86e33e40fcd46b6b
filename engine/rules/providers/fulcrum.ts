// Fulcrum (field data): 80 hex-digit API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const fulcrumRules: Rule[] = [
  contextRule({
    id: 'fulcrum-api-token',
    provider: 'Fulcrum',
    family: 'saas',
    description: 'Fulcrum API token',
    names: ['fulcrum'],
    keywords: ['fulcrum'],
    value: '[a-fA-F0-9]{80}',
    envName: 'FULCRUM_API_TOKEN',
    docsUrl: 'https://docs.fulcrumapp.com/docs/api-intro',
    revocationUrl: null,
    revocationNote: 'Delete the token in Fulcrum → Settings → API and create a new one.',
    sample: (g) => g.hex(80),
    negatives: (g) => [
      `FULCRUM_API_TOKEN="${g.hex(83)}"`, // too long
      `FULCRUM_API_TOKEN="${g.hex(79)}g"`, // outside the hex alphabet
    ],
  }),
];
