// Clustdoc (client onboarding): 60-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const clustdocRules: Rule[] = [
  contextRule({
    id: 'clustdoc-api-token',
    provider: 'Clustdoc',
    family: 'saas',
    description: 'Clustdoc API token',
    names: ['clustdoc'],
    keywords: ['clustdoc'],
    value: '[A-Za-z0-9]{60}',
    envName: 'CLUSTDOC_API_TOKEN',
    docsUrl: 'https://api.clustdoc.com/',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Clustdoc → Settings → API and generate a new one.',
    sample: (g) => g.alnum(60),
    negatives: (g) => [
      `CLUSTDOC_API_TOKEN="${g.alnum(63)}"`, // too long
      `CLUSTDOC_API_TOKEN="${g.alnum(30)}.${g.alnum(29)}"`, // a character outside the alphabet
    ],
  }),
];
