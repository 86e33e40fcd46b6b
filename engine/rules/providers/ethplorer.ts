// Ethplorer (Ethereum token data): personal API keys `EK-xxxxx-xxxxxxx-xxxxx`, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ethplorerRules: Rule[] = [
  contextRule({
    id: 'ethplorer-api-key',
    provider: 'Ethplorer',
    family: 'payments',
    description: 'Ethplorer API key',
    names: ['ethplorer'],
    keywords: ['ethplorer'],
    value: 'EK-[A-Za-z0-9]{5}-[A-Za-z0-9]{7}-[A-Za-z0-9]{5}',
    envName: 'ETHPLORER_API_KEY',
    docsUrl: 'https://github.com/EverexIO/Ethplorer/wiki/Ethplorer-API',
    revocationUrl: null,
    revocationNote: 'Delete the key in your Ethplorer account (API keys) and create a new one.',
    sample: (g) => `EK-${g.alnum(5)}-${g.alnum(7)}-${g.alnum(5)}`,
    negatives: (g) => [
      'ETHPLORER_API_KEY="freekey"', // the documented public test key
      `ETHPLORER_API_KEY="EK-${g.alnum(5)}-${g.alnum(7)}"`, // a group missing
    ],
  }),
];
