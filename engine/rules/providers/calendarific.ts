// Calendarific (public-holiday API): a 32-character key with no prefix, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const calendarificRules: Rule[] = [
  contextRule({
    id: 'calendarific-api-key',
    provider: 'Calendarific',
    family: 'saas',
    description: 'Calendarific API key',
    names: ['calendarific'],
    keywords: ['calendarific'],
    value: '[A-Za-z0-9]{32}',
    envName: 'CALENDARIFIC_API_KEY',
    docsUrl: 'https://calendarific.com/api-documentation',
    revocationUrl: null,
    revocationNote: 'Generate a new key in the Calendarific account dashboard and stop using the old one.',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `CALENDARIFIC_API_KEY="${g.alnum(35)}"`, // too long
      `CALENDARIFIC_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
