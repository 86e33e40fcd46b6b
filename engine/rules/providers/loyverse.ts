// Loyverse (point of sale) access tokens: 32 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const loyverseRules: Rule[] = [
  contextRule({
    id: 'loyverse-access-token',
    provider: 'Loyverse',
    family: 'saas',
    description: 'Loyverse access token',
    names: ['loyverse'],
    keywords: ['loyverse'],
    value: '[a-fA-F0-9]{32}',
    envName: 'LOYVERSE_ACCESS_TOKEN',
    docsUrl: 'https://developer.loyverse.com/docs/#section/Authentication',
    revocationUrl: 'https://r.loyverse.com/dashboard/#/integrations/tokens',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `LOYVERSE_ACCESS_TOKEN="${g.hex(35)}"`, // too long
      `LOYVERSE_ACCESS_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
