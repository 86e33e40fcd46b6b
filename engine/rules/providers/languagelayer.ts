// languagelayer (apilayer language detection): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const languagelayerRules: Rule[] = [
  contextRule({
    id: 'languagelayer-access-key',
    provider: 'languagelayer',
    family: 'ai',
    description: 'languagelayer access key',
    names: ['languagelayer'],
    keywords: ['languagelayer'],
    value: '[a-fA-F0-9]{32}',
    envName: 'LANGUAGELAYER_ACCESS_KEY',
    docsUrl: 'https://languagelayer.com/documentation',
    revocationUrl: 'https://languagelayer.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `LANGUAGELAYER_ACCESS_KEY="${g.hex(35)}"`, // too long
      `LANGUAGELAYER_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
