// Face++ (Megvii) API secrets: 32 characters, paired with an API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const faceplusplusRules: Rule[] = [
  contextRule({
    id: 'faceplusplus-api-secret',
    provider: 'Face++',
    family: 'ai',
    description: 'Face++ API secret',
    names: ['face[_-]?(?:plus[_-]?plus|pp)[_-]?(?:api[_-]?)?secret'],
    keywords: ['secret'],
    value: '[A-Za-z0-9_-]{32}',
    envName: 'FACEPP_API_SECRET',
    docsUrl: 'https://console.faceplusplus.com/documents/7079083',
    revocationUrl: 'https://console.faceplusplus.com/app/apikey/list',
    sample: (g) => g.base64url(32),
    negatives: (g) => [
      `FACEPP_API_SECRET="${g.base64url(35)}"`, // too long
      `FACEPP_API_SECRET="${g.base64url(16)}.${g.base64url(15)}"`, // a character outside the alphabet
    ],
  }),
];
