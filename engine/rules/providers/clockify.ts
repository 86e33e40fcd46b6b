// Clockify: 48-character API keys from the profile page.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const clockifyRules: Rule[] = [
  contextRule({
    id: 'clockify-api-key',
    provider: 'Clockify',
    family: 'saas',
    description: 'Clockify API key',
    names: ['clockify'],
    keywords: ['clockify'],
    value: '[A-Za-z0-9]{48}',
    envName: 'CLOCKIFY_API_KEY',
    docsUrl: 'https://docs.clockify.me/#section/Authentication',
    revocationUrl: 'https://app.clockify.me/user/preferences#advanced',
    sample: (g) => g.alnum(48),
    negatives: (g) => [
      `CLOCKIFY_API_KEY="${g.alnum(51)}"`, // too long
      `CLOCKIFY_API_KEY="${g.alnum(24)}.${g.alnum(23)}"`, // a character outside the alphabet
    ],
  }),
];
