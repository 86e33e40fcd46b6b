// Iconfinder: 64-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const iconfinderRules: Rule[] = [
  contextRule({
    id: 'iconfinder-api-key',
    provider: 'Iconfinder',
    family: 'saas',
    description: 'Iconfinder API key',
    names: ['iconfinder'],
    keywords: ['iconfinder'],
    value: '[A-Za-z0-9]{64}',
    envName: 'ICONFINDER_API_KEY',
    docsUrl: 'https://developer.iconfinder.com/reference/overview-1',
    revocationUrl: 'https://www.iconfinder.com/account/applications',
    sample: (g) => g.alnum(64),
    negatives: (g) => [
      `ICONFINDER_API_KEY="${g.alnum(67)}"`, // too long
      `ICONFINDER_API_KEY="${g.alnum(32)}.${g.alnum(31)}"`, // a character outside the alphabet
    ],
  }),
];
