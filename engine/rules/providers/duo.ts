// Duo (Cisco) Admin/Auth API secret keys: 40 characters, paired with a `DI…` integration key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const duoRules: Rule[] = [
  contextRule({
    id: 'duo-secret-key',
    provider: 'Duo Security',
    family: 'saas',
    description: 'Duo API secret key',
    names: ['duo[_-]?(?:secret|skey|api[_-]?secret)'],
    keywords: ['duo'],
    value: '[A-Za-z0-9]{40}',
    envName: 'DUO_SECRET_KEY',
    docsUrl: 'https://duo.com/docs/adminapi#first-steps',
    revocationUrl: null,
    revocationNote: "Reset the secret key on the application's page in the Duo Admin Panel.",
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `DUO_SECRET_KEY="${g.alnum(43)}"`, // too long
      `DUO_SECRET_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
