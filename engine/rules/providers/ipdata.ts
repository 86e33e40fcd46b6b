// ipdata: 56 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipdataRules: Rule[] = [
  contextRule({
    id: 'ipdata-api-key',
    provider: 'ipdata',
    family: 'saas',
    description: 'ipdata API key',
    names: ['ipdata'],
    keywords: ['ipdata'],
    value: '[a-fA-F0-9]{56}',
    envName: 'IPDATA_API_KEY',
    docsUrl: 'https://docs.ipdata.co/docs/authentication',
    revocationUrl: 'https://dashboard.ipdata.co/',
    sample: (g) => g.hex(56),
    negatives: (g) => [
      `IPDATA_API_KEY="${g.hex(59)}"`, // too long
      `IPDATA_API_KEY="${g.hex(55)}g"`, // outside the hex alphabet
    ],
  }),
];
