// CoinAPI (crypto market data): upper-case UUID API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const coinapiRules: Rule[] = [
  contextRule({
    id: 'coinapi-api-key',
    provider: 'CoinAPI',
    family: 'payments',
    description: 'CoinAPI API key',
    names: ['coin[_-]?api'],
    keywords: ['coin-api', 'coin_api', 'coinapi'],
    value: '[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}',
    envName: 'COINAPI_KEY',
    docsUrl: 'https://docs.coinapi.io/market-data/authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in the CoinAPI customer portal and create a new one.',
    sample: (g) => `${g.uuid().toUpperCase()}`,
    negatives: (g) => [`COINAPI_KEY="${g.uuid().toUpperCase().replace(/-/g, '')}"` /* no dashes */, `COINAPI_KEY="Z${g.uuid().toUpperCase().slice(1)}"` /* not hex */],
  }),
];
