// Dandelion (text analytics): 32-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const dandelionRules: Rule[] = [
  contextRule({
    id: 'dandelion-api-token',
    provider: 'Dandelion',
    family: 'ai',
    description: 'Dandelion API token',
    names: ['dandelion'],
    keywords: ['dandelion'],
    value: '[a-fA-F0-9]{32}',
    envName: 'DANDELION_TOKEN',
    docsUrl: 'https://dandelion.eu/docs/api/authentication/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in the Dandelion dashboard.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `DANDELION_TOKEN="${g.hex(35)}"`, // too long
      `DANDELION_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
