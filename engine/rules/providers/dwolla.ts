// Dwolla application secrets: 50 characters, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dwollaRules: Rule[] = [
  contextRule({
    id: 'dwolla-app-secret',
    provider: 'Dwolla',
    family: 'payments',
    description: 'Dwolla application secret',
    names: ['dwolla[_-]?(?:app[_-]?|client[_-]?)?secret'],
    keywords: ['dwolla'],
    value: '[A-Za-z0-9]{50}',
    envName: 'DWOLLA_APP_SECRET',
    docsUrl: 'https://developers.dwolla.com/docs/balance/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the secret for the application in the Dwolla dashboard (Applications).',
    sample: (g) => g.alnum(50),
    negatives: (g) => [
      `DWOLLA_APP_SECRET="${g.alnum(53)}"`, // too long
      `DWOLLA_APP_SECRET="${g.alnum(25)}.${g.alnum(24)}"`, // a character outside the alphabet
    ],
  }),
];
