// Dynalist: 128-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dynalistRules: Rule[] = [
  contextRule({
    id: 'dynalist-api-token',
    provider: 'Dynalist',
    family: 'saas',
    description: 'Dynalist API token',
    names: ['dynalist'],
    keywords: ['dynalist'],
    value: '[A-Za-z0-9_-]{128}',
    envName: 'DYNALIST_API_TOKEN',
    docsUrl: 'https://apidocs.dynalist.io/',
    revocationUrl: 'https://dynalist.io/developer',
    sample: (g) => g.base64url(128),
    negatives: (g) => [
      `DYNALIST_API_TOKEN="${g.base64url(131)}"`, // too long
      `DYNALIST_API_TOKEN="${g.base64url(64)}.${g.base64url(63)}"`, // a character outside the alphabet
    ],
  }),
];
