// Bitfinex: Bitfinex API key secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const bitfinexRules: Rule[] = [
  contextRule({
    id: 'bitfinex-api-secret',
    provider: 'Bitfinex',
    family: 'payments',
    description: 'Bitfinex API key secret',
    names: ['bitfinex[a-z_-]{0,12}secret'],
    keywords: ['bitfinex'],
    value: '[A-Za-z0-9]{43}',
    envName: 'BITFINEX_API_SECRET',
    docsUrl: 'https://docs.bitfinex.com/docs/introduction',
    revocationUrl: 'https://setting.bitfinex.com/api',
    sample: (g) => g.alnum(43),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['bitfinex[_-]?(?:api[_-]?)?key'], value: '[A-Za-z0-9]{43}', envName: 'BITFINEX_API_KEY' })],
    positives: (g) => [`BITFINEX_API_KEY=${g.p(g.alnum(43))}\nBITFINEX_API_SECRET=${g.s(g.alnum(43))}\n`],
  }),
];
