// Clarifai personal access tokens and app keys: 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const clarifaiRules: Rule[] = [
  contextRule({
    id: 'clarifai-personal-access-token',
    provider: 'Clarifai',
    family: 'ai',
    description: 'Clarifai personal access token',
    names: ['clarifai'],
    keywords: ['clarifai'],
    value: '[a-fA-F0-9]{32}',
    envName: 'CLARIFAI_PAT',
    docsUrl: 'https://docs.clarifai.com/clarifai-basics/authentication/personal-access-tokens',
    revocationUrl: 'https://clarifai.com/settings/security',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CLARIFAI_PAT="${g.hex(35)}"`, // too long
      `CLARIFAI_PAT="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
