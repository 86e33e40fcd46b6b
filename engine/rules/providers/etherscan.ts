// Etherscan: 34-character upper-case API keys.
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const etherscanRules: Rule[] = [
  contextRule({
    id: 'etherscan-api-key',
    provider: 'Etherscan',
    family: 'payments',
    description: 'Etherscan API key',
    names: ['etherscan'],
    keywords: ['etherscan'],
    value: '[A-Z0-9]{34}',
    envName: 'ETHERSCAN_API_KEY',
    docsUrl: 'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics',
    revocationUrl: 'https://etherscan.io/myapikey',
    sample: (g) => g.chars(UPPER_DIGITS, 34),
    negatives: (g) => [
      `ETHERSCAN_API_KEY="${g.chars(UPPER_DIGITS, 37)}"`, // too long
      `ETHERSCAN_API_KEY="${g.chars(UPPER_DIGITS, 33)}q"`, // outside the upper alphabet
    ],
  }),
];
