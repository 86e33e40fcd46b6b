// Looker API3 client secrets: 24 characters, paired with a 20-character client ID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lookerRules: Rule[] = [
  contextRule({
    id: 'looker-client-secret',
    provider: 'Looker',
    family: 'observability',
    description: 'Looker API client secret',
    names: ['looker(?:sdk)?[_-]?(?:api[_-]?(?:3[_-]?)?)?(?:client[_-]?)?secret'],
    keywords: ['looker'],
    value: '[A-Za-z0-9]{24}',
    envName: 'LOOKERSDK_CLIENT_SECRET',
    docsUrl: 'https://cloud.google.com/looker/docs/api-auth',
    revocationUrl: null,
    revocationNote: 'Delete the API key on the user in Looker → Admin → Users → Edit API Keys, and create a new one.',
    sample: (g) => g.alnum(24),
    negatives: (g) => [
      `LOOKERSDK_CLIENT_SECRET="${g.alnum(27)}"`, // too long
      `LOOKERSDK_CLIENT_SECRET="${g.alnum(12)}.${g.alnum(11)}"`, // a character outside the alphabet
    ],
  }),
];
