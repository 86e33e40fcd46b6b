// Jotform: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const jotformRules: Rule[] = [
  contextRule({
    id: 'jotform-api-key',
    provider: 'Jotform',
    family: 'saas',
    description: 'Jotform API key',
    names: ['jotform'],
    keywords: ['jotform'],
    value: '[a-fA-F0-9]{32}',
    envName: 'JOTFORM_API_KEY',
    docsUrl: 'https://api.jotform.com/docs/#authentication',
    revocationUrl: 'https://www.jotform.com/myaccount/api',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `JOTFORM_API_KEY="${g.hex(35)}"`, // too long
      `JOTFORM_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
