// DeBounce (email validation): 13-character API keys; "debounce" is a common function name, so the name must say DeBounce API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const debounceRules: Rule[] = [
  contextRule({
    id: 'debounce-api-key',
    provider: 'DeBounce',
    family: 'messaging',
    description: 'DeBounce API key',
    names: ['debounce[_-]?(?:io|api)'],
    keywords: ['debounce-api', 'debounce-io', 'debounce_api', 'debounce_io', 'debounceapi', 'debounceio'],
    value: '[A-Za-z0-9]{13}',
    minEntropy: 2.8,
    envName: 'DEBOUNCE_API_KEY',
    docsUrl: 'https://developers.debounce.io/reference/authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in the DeBounce dashboard (API) and create a new one.',
    sample: (g) => g.alnum(13),
    negatives: (g) => [
      `DEBOUNCE_API_KEY="${g.alnum(16)}"`, // too long
      `DEBOUNCE_API_KEY="${g.alnum(6)}.${g.alnum(6)}"`, // a character outside the alphabet
    ],
  }),
];
