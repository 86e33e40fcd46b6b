// FreshBooks OAuth tokens and client secrets: 64 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const freshbooksRules: Rule[] = [
  contextRule({
    id: 'freshbooks-access-token',
    provider: 'FreshBooks',
    family: 'payments',
    description: 'FreshBooks access token or client secret',
    names: ['freshbooks'],
    keywords: ['freshbooks'],
    value: '[A-Za-z0-9]{64}',
    envName: 'FRESHBOOKS_ACCESS_TOKEN',
    docsUrl: 'https://www.freshbooks.com/api/authentication',
    revocationUrl: 'https://my.freshbooks.com/#/developer',
    sample: (g) => g.alnum(64),
    negatives: (g) => [
      `FRESHBOOKS_ACCESS_TOKEN="${g.alnum(67)}"`, // too long
      `FRESHBOOKS_ACCESS_TOKEN="${g.alnum(32)}.${g.alnum(31)}"`, // a character outside the alphabet
    ],
  }),
];
