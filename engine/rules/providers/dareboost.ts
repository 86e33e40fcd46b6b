// Dareboost (web performance monitoring): 60-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dareboostRules: Rule[] = [
  contextRule({
    id: 'dareboost-api-token',
    provider: 'Dareboost',
    family: 'observability',
    description: 'Dareboost API token',
    names: ['dareboost'],
    keywords: ['dareboost'],
    value: '[A-Za-z0-9]{60}',
    envName: 'DAREBOOST_API_TOKEN',
    docsUrl: 'https://www.dareboost.com/en/documentation-api',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in Dareboost → Settings → API.',
    sample: (g) => g.alnum(60),
    negatives: (g) => [
      `DAREBOOST_API_TOKEN="${g.alnum(63)}"`, // too long
      `DAREBOOST_API_TOKEN="${g.alnum(30)}.${g.alnum(29)}"`, // a character outside the alphabet
    ],
  }),
];
