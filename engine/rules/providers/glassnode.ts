// Glassnode (on-chain data): 27-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const glassnodeRules: Rule[] = [
  contextRule({
    id: 'glassnode-api-key',
    provider: 'Glassnode',
    family: 'payments',
    description: 'Glassnode API key',
    names: ['glassnode'],
    keywords: ['glassnode'],
    value: '[A-Za-z0-9]{27}',
    envName: 'GLASSNODE_API_KEY',
    docsUrl: 'https://docs.glassnode.com/basic-api/api-key',
    revocationUrl: 'https://studio.glassnode.com/settings/api',
    sample: (g) => g.alnum(27),
    negatives: (g) => [
      `GLASSNODE_API_KEY="${g.alnum(30)}"`, // too long
      `GLASSNODE_API_KEY="${g.alnum(13)}.${g.alnum(13)}"`, // a character outside the alphabet
    ],
  }),
];
