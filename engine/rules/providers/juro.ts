// Juro (contracts): 40-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const juroRules: Rule[] = [
  contextRule({
    id: 'juro-api-key',
    provider: 'Juro',
    family: 'saas',
    description: 'Juro API key',
    names: ['juro[_-]?(?:api|key|token)'],
    keywords: ['juro-api', 'juro-key', 'juro-token', 'juro_api', 'juro_key', 'juro_token', 'juroapi', 'jurokey', 'jurotoken'],
    value: '[A-Za-z0-9]{40}',
    envName: 'JURO_API_KEY',
    docsUrl: 'https://api-docs.juro.com/#section/Authentication',
    revocationUrl: null,
    revocationNote: 'Ask Juro support to rotate the key (API keys are issued per team).',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `JURO_API_KEY="${g.alnum(43)}"`, // too long
      `JURO_API_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
