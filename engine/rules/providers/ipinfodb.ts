// IPInfoDB: 64 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipinfodbRules: Rule[] = [
  contextRule({
    id: 'ipinfodb-api-key',
    provider: 'IPInfoDB',
    family: 'saas',
    description: 'IPInfoDB API key',
    names: ['ipinfodb'],
    keywords: ['ipinfodb'],
    value: '[a-fA-F0-9]{64}',
    envName: 'IPINFODB_API_KEY',
    docsUrl: 'https://www.ipinfodb.com/api',
    revocationUrl: null,
    revocationNote: 'Request a new key from your IPInfoDB account.',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `IPINFODB_API_KEY="${g.hex(67)}"`, // too long
      `IPINFODB_API_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
