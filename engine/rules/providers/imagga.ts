// Imagga (image recognition): API secrets are 32 hex digits, paired with an `acc_` API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const imaggaRules: Rule[] = [
  contextRule({
    id: 'imagga-api-secret',
    provider: 'Imagga',
    family: 'ai',
    description: 'Imagga API secret',
    names: ['imagga[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'imagga-api-secret',
      'imagga-api_secret',
      'imagga-apisecret',
      'imagga-secret',
      'imagga_api-secret',
      'imagga_api_secret',
      'imagga_apisecret',
      'imagga_secret',
      'imaggaapi-secret',
      'imaggaapi_secret',
      'imaggaapisecret',
      'imaggasecret',
    ],
    value: '[a-fA-F0-9]{32}',
    envName: 'IMAGGA_API_SECRET',
    docsUrl: 'https://docs.imagga.com/#authentication',
    revocationUrl: 'https://imagga.com/profile/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `IMAGGA_API_SECRET="${g.hex(35)}"`, // too long
      `IMAGGA_API_SECRET="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
