// ipapi.com (apilayer geolocation): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipapiRules: Rule[] = [
  contextRule({
    id: 'ipapi-access-key',
    provider: 'ipapi',
    family: 'saas',
    description: 'ipapi access key',
    names: ['ipapi'],
    keywords: ['ipapi'],
    value: '[a-fA-F0-9]{32}',
    envName: 'IPAPI_ACCESS_KEY',
    docsUrl: 'https://ipapi.com/documentation',
    revocationUrl: 'https://ipapi.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `IPAPI_ACCESS_KEY="${g.hex(35)}"`, // too long
      `IPAPI_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
