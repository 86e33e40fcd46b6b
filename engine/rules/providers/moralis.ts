// Moralis: moralis Web3 API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const moralisRules: Rule[] = [
  contextRule({
    id: 'moralis-api-key',
    provider: 'Moralis',
    family: 'saas',
    description: 'Moralis Web3 API key',
    names: ['moralis'],
    keywords: ['moralis'],
    value: '[A-Za-z0-9]{64}',
    envName: 'MORALIS_API_KEY',
    docsUrl: 'https://docs.moralis.com/web3-data-api/evm/get-your-api-key',
    revocationUrl: 'https://admin.moralis.com/api-keys',
    sample: (g) => g.alnum(64),
  }),
];
