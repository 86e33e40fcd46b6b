// ConvertAPI: 16-character API secrets.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const convertapiRules: Rule[] = [
  contextRule({
    id: 'convertapi-secret',
    provider: 'ConvertAPI',
    family: 'saas',
    description: 'ConvertAPI secret',
    names: ['convert[_-]?api'],
    keywords: ['convert-api', 'convert_api', 'convertapi'],
    value: '[A-Za-z0-9]{16}',
    minEntropy: 2.8,
    envName: 'CONVERTAPI_SECRET',
    docsUrl: 'https://www.convertapi.com/doc/auth',
    revocationUrl: 'https://www.convertapi.com/a/auth',
    sample: (g) => g.alnum(16),
    negatives: (g) => [
      `CONVERTAPI_SECRET="${g.alnum(19)}"`, // too long
      `CONVERTAPI_SECRET="${g.alnum(8)}.${g.alnum(7)}"`, // a character outside the alphabet
    ],
  }),
];
