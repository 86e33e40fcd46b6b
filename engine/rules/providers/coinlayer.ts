// coinlayer (apilayer crypto rates): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const coinlayerRules: Rule[] = [
  contextRule({
    id: 'coinlayer-access-key',
    provider: 'coinlayer',
    family: 'payments',
    description: 'coinlayer access key',
    names: ['coinlayer'],
    keywords: ['coinlayer'],
    value: '[a-fA-F0-9]{32}',
    envName: 'COINLAYER_ACCESS_KEY',
    docsUrl: 'https://coinlayer.com/documentation',
    revocationUrl: 'https://coinlayer.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `COINLAYER_ACCESS_KEY="${g.hex(35)}"`, // too long
      `COINLAYER_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
