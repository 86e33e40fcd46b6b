// Lokalise API tokens: 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lokaliseRules: Rule[] = [
  contextRule({
    id: 'lokalise-api-token',
    provider: 'Lokalise',
    family: 'saas',
    description: 'Lokalise API token',
    names: ['lokalise'],
    keywords: ['lokalise'],
    value: '[a-fA-F0-9]{40}',
    envName: 'LOKALISE_API_TOKEN',
    docsUrl: 'https://developers.lokalise.com/reference/api-authentication',
    revocationUrl: 'https://app.lokalise.com/profile#apitokens',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `LOKALISE_API_TOKEN="${g.hex(43)}"`, // too long
      `LOKALISE_API_TOKEN="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
