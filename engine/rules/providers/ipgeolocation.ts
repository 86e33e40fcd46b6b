// ipgeolocation.io: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipgeolocationRules: Rule[] = [
  contextRule({
    id: 'ipgeolocation-api-key',
    provider: 'IPGeolocation',
    family: 'saas',
    description: 'ipgeolocation.io API key',
    names: ['ipgeolocation'],
    keywords: ['ipgeolocation'],
    value: '[a-fA-F0-9]{32}',
    envName: 'IPGEOLOCATION_API_KEY',
    docsUrl: 'https://ipgeolocation.io/documentation.html',
    revocationUrl: 'https://app.ipgeolocation.io/',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `IPGEOLOCATION_API_KEY="${g.hex(35)}"`, // too long
      `IPGEOLOCATION_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
