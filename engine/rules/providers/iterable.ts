// Iterable API keys: 32 hex digits; "iterable" is a programming word, so the name must say Iterable API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const iterableRules: Rule[] = [
  contextRule({
    id: 'iterable-api-key',
    provider: 'Iterable',
    family: 'messaging',
    description: 'Iterable API key',
    names: ['iterable[_-]?api[_-]?key'],
    keywords: ['iterable-api-key', 'iterable-api_key', 'iterable-apikey', 'iterable_api-key', 'iterable_api_key', 'iterable_apikey', 'iterableapi-key', 'iterableapi_key', 'iterableapikey'],
    value: '[a-fA-F0-9]{32}',
    envName: 'ITERABLE_API_KEY',
    docsUrl: 'https://support.iterable.com/hc/en-us/articles/360043464871-API-Keys',
    revocationUrl: null,
    revocationNote: 'Delete the key in Iterable → Integrations → API Keys and create a new one.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `ITERABLE_API_KEY="${g.hex(35)}"`, // too long
      `ITERABLE_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
