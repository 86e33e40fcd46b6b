// Fixer (apilayer exchange rates): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const fixerRules: Rule[] = [
  contextRule({
    id: 'fixer-access-key',
    provider: 'Fixer',
    family: 'payments',
    description: 'Fixer API access key',
    names: ['fixer[_-]?(?:io|api|access)'],
    keywords: ['fixer-access', 'fixer-api', 'fixer-io', 'fixer_access', 'fixer_api', 'fixer_io', 'fixeraccess', 'fixerapi', 'fixerio'],
    value: '[a-fA-F0-9]{32}',
    envName: 'FIXER_API_KEY',
    docsUrl: 'https://fixer.io/documentation',
    revocationUrl: 'https://fixer.io/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `FIXER_API_KEY="${g.hex(35)}"`, // too long
      `FIXER_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
