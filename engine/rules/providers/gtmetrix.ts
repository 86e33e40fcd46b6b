// GTmetrix: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const gtmetrixRules: Rule[] = [
  contextRule({
    id: 'gtmetrix-api-key',
    provider: 'GTmetrix',
    family: 'observability',
    description: 'GTmetrix API key',
    names: ['gtmetrix'],
    keywords: ['gtmetrix'],
    value: '[a-fA-F0-9]{32}',
    envName: 'GTMETRIX_API_KEY',
    docsUrl: 'https://gtmetrix.com/api/docs/2.0/#api-authentication',
    revocationUrl: 'https://gtmetrix.com/dashboard/account',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `GTMETRIX_API_KEY="${g.hex(35)}"`, // too long
      `GTMETRIX_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
