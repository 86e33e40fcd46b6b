// Chatfuel: 128-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const chatfuelRules: Rule[] = [
  contextRule({
    id: 'chatfuel-api-token',
    provider: 'Chatfuel',
    family: 'messaging',
    description: 'Chatfuel API token',
    names: ['chatfuel'],
    keywords: ['chatfuel'],
    value: '[A-Za-z0-9]{128}',
    envName: 'CHATFUEL_API_TOKEN',
    docsUrl: 'https://docs.chatfuel.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in the Chatfuel dashboard (Configure → API).',
    sample: (g) => g.alnum(128),
    negatives: (g) => [
      `CHATFUEL_API_TOKEN="${g.alnum(131)}"`, // too long
      `CHATFUEL_API_TOKEN="${g.alnum(64)}.${g.alnum(63)}"`, // a character outside the alphabet
    ],
  }),
];
