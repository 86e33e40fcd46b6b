// Instamojo (payments): private API keys and auth tokens are 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const instamojoRules: Rule[] = [
  contextRule({
    id: 'instamojo-auth-token',
    provider: 'Instamojo',
    family: 'payments',
    description: 'Instamojo private API key or auth token',
    names: ['instamojo[_-]?(?:private[_-]?|api[_-]?|auth[_-]?)(?:key|token|salt)', 'instamojo[_-]?client[_-]?secret'],
    keywords: ['instamojo'],
    value: '[a-fA-F0-9]{32}',
    envName: 'INSTAMOJO_AUTH_TOKEN',
    docsUrl: 'https://docs.instamojo.com/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the credentials in the Instamojo dashboard (API & Plugins).',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `INSTAMOJO_AUTH_TOKEN="${g.hex(35)}"`, // too long
      `INSTAMOJO_AUTH_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
