// ipstack (apilayer): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipstackRules: Rule[] = [
  contextRule({
    id: 'ipstack-access-key',
    provider: 'ipstack',
    family: 'saas',
    description: 'ipstack access key',
    names: ['ipstack'],
    keywords: ['ipstack'],
    value: '[a-fA-F0-9]{32}',
    envName: 'IPSTACK_ACCESS_KEY',
    docsUrl: 'https://ipstack.com/documentation',
    revocationUrl: 'https://ipstack.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `IPSTACK_ACCESS_KEY="${g.hex(35)}"`, // too long
      `IPSTACK_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
