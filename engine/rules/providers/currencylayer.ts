// currencylayer (apilayer exchange rates): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const currencylayerRules: Rule[] = [
  contextRule({
    id: 'currencylayer-access-key',
    provider: 'currencylayer',
    family: 'payments',
    description: 'currencylayer access key',
    names: ['currencylayer'],
    keywords: ['currencylayer'],
    value: '[a-fA-F0-9]{32}',
    envName: 'CURRENCYLAYER_ACCESS_KEY',
    docsUrl: 'https://currencylayer.com/documentation',
    revocationUrl: 'https://currencylayer.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CURRENCYLAYER_ACCESS_KEY="${g.hex(35)}"`, // too long
      `CURRENCYLAYER_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
