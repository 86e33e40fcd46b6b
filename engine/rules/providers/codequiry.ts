// Codequiry (code plagiarism checks): 64-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const codequiryRules: Rule[] = [
  contextRule({
    id: 'codequiry-api-key',
    provider: 'Codequiry',
    family: 'saas',
    description: 'Codequiry API key',
    names: ['codequiry'],
    keywords: ['codequiry'],
    value: '[A-Za-z0-9]{64}',
    envName: 'CODEQUIRY_API_KEY',
    docsUrl: 'https://codequiry.com/usage/api',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in the Codequiry dashboard.',
    sample: (g) => g.alnum(64),
    negatives: (g) => [
      `CODEQUIRY_API_KEY="${g.alnum(67)}"`, // too long
      `CODEQUIRY_API_KEY="${g.alnum(32)}.${g.alnum(31)}"`, // a character outside the alphabet
    ],
  }),
];
