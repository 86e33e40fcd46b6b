// WorldCoinIndex: worldCoinIndex API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const worldcoinindexRules: Rule[] = [
  contextRule({
    id: 'worldcoinindex-api-key',
    provider: 'WorldCoinIndex',
    family: 'payments',
    description: 'WorldCoinIndex API key',
    names: ['worldcoinindex'],
    keywords: ['worldcoinindex'],
    value: '[A-Za-z0-9]{35}',
    envName: 'WORLDCOININDEX_API_KEY',
    docsUrl: 'https://www.worldcoinindex.com/apiservice',
    revocationUrl: 'https://www.worldcoinindex.com/apiservice',
    sample: (g) => g.alnum(35),
  }),
];
