// Blocknative: Blocknative API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const blocknativeRules: Rule[] = [
  contextRule({
    id: 'blocknative-api-key',
    provider: 'Blocknative',
    family: 'payments',
    description: 'Blocknative API key',
    names: ['block[_-]?native'],
    keywords: ['blocknative', 'block_native', 'block-native'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    envName: 'BLOCKNATIVE_API_KEY',
    docsUrl: 'https://docs.blocknative.com/',
    revocationUrl: 'https://account.blocknative.com/',
    sample: (g) => g.uuid(),
  }),
];
