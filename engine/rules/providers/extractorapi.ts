// ExtractorAPI: 40-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const extractorapiRules: Rule[] = [
  contextRule({
    id: 'extractorapi-api-key',
    provider: 'ExtractorAPI',
    family: 'saas',
    description: 'ExtractorAPI key',
    names: ['extractor[_-]?api'],
    keywords: ['extractor-api', 'extractor_api', 'extractorapi'],
    value: '[A-Za-z0-9]{40}',
    envName: 'EXTRACTORAPI_KEY',
    docsUrl: 'https://extractorapi.com/documentation/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on the ExtractorAPI dashboard.',
    sample: (g) => g.alnum(40),
    negatives: (g) => [
      `EXTRACTORAPI_KEY="${g.alnum(43)}"`, // too long
      `EXTRACTORAPI_KEY="${g.alnum(20)}.${g.alnum(19)}"`, // a character outside the alphabet
    ],
  }),
];
