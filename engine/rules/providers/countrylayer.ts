// countrylayer (apilayer country data): 32 hex-digit access keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const countrylayerRules: Rule[] = [
  contextRule({
    id: 'countrylayer-access-key',
    provider: 'countrylayer',
    family: 'saas',
    description: 'countrylayer access key',
    names: ['countrylayer'],
    keywords: ['countrylayer'],
    value: '[a-fA-F0-9]{32}',
    envName: 'COUNTRYLAYER_ACCESS_KEY',
    docsUrl: 'https://countrylayer.com/documentation',
    revocationUrl: 'https://countrylayer.com/dashboard',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `COUNTRYLAYER_ACCESS_KEY="${g.hex(35)}"`, // too long
      `COUNTRYLAYER_ACCESS_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
