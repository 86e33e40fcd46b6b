// Binance: Binance API secret key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const binanceRules: Rule[] = [
  contextRule({
    id: 'binance-api-secret',
    provider: 'Binance',
    family: 'payments',
    description: 'Binance API secret key',
    names: ['binance[a-z_-]{0,12}secret'],
    keywords: ['binance'],
    value: '[A-Za-z0-9]{64}',
    envName: 'BINANCE_API_SECRET',
    docsUrl: 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api',
    revocationUrl: 'https://www.binance.com/en/my/settings/api-management',
    sample: (g) => g.alnum(64),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['binance[_-]?(?:api[_-]?)?key'], value: '[A-Za-z0-9]{64}', envName: 'BINANCE_API_KEY' })],
    positives: (g) => [`BINANCE_API_KEY=${g.p(g.alnum(64))}\nBINANCE_API_SECRET=${g.s(g.alnum(64))}\n`],
  }),
];
