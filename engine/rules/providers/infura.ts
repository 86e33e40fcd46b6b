// Infura (MetaMask developer): 32 hex-digit API keys and secrets; the key also appears in endpoint URLs.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const infuraRules: Rule[] = [
  contextRule({
    id: 'infura-api-key',
    provider: 'Infura',
    family: 'payments',
    description: 'Infura API key (project ID)',
    names: ['infura[_-]?(?:api[_-]?key|project[_-]?id|key|id)'],
    keywords: ['infura'],
    value: '[a-fA-F0-9]{32}',
    envName: 'INFURA_API_KEY',
    docsUrl: 'https://docs.metamask.io/developer-tools/dashboard/get-started/create-api/',
    revocationUrl: 'https://developer.metamask.io/',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `INFURA_API_KEY="${g.hex(35)}"`, // too long
      `INFURA_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'infura-api-secret',
    provider: 'Infura',
    family: 'payments',
    description: 'Infura API key secret',
    names: ['infura[_-]?(?:api[_-]?|project[_-]?)?secret'],
    keywords: ['infura'],
    value: '[a-fA-F0-9]{32}',
    envName: 'INFURA_API_SECRET',
    docsUrl: 'https://docs.metamask.io/developer-tools/dashboard/how-to/secure-an-api/api-key-secret/',
    revocationUrl: 'https://developer.metamask.io/',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `INFURA_API_SECRET="${g.hex(35)}"`, // too long
      `INFURA_API_SECRET="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
