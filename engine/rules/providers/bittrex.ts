// Bittrex: Bittrex API secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const bittrexRules: Rule[] = [
  contextRule({
    id: 'bittrex-api-secret',
    provider: 'Bittrex',
    family: 'payments',
    description: 'Bittrex API secret',
    names: ['bittrex[a-z_-]{0,12}secret'],
    keywords: ['bittrex'],
    value: '[a-f0-9]{32}',
    envName: 'BITTREX_API_SECRET',
    docsUrl: 'https://bittrex.github.io/api/v3',
    revocationUrl: null,
    revocationNote: 'Bittrex Global has closed; delete the key under Settings → API Keys if the account is still open, and treat funds it could reach as exposed.',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['bittrex[_-]?(?:api[_-]?)?key'], value: '[a-f0-9]{32}', envName: 'BITTREX_API_KEY' })],
    positives: (g) => [`BITTREX_API_KEY=${g.p(g.hex(32))}\nBITTREX_API_SECRET=${g.s(g.hex(32))}\n`],
  }),
];
