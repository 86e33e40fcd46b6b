// KuCoin exchange API keys (24 hex digits) and secrets (UUIDs).
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const kucoinRules: Rule[] = [
  contextRule({
    id: 'kucoin-api-key',
    provider: 'KuCoin',
    family: 'payments',
    description: 'KuCoin API key',
    names: ['kucoin[_-]?(?:api[_-]?)?key'],
    keywords: [
      'kucoin-api-key',
      'kucoin-api_key',
      'kucoin-apikey',
      'kucoin-key',
      'kucoin_api-key',
      'kucoin_api_key',
      'kucoin_apikey',
      'kucoin_key',
      'kucoinapi-key',
      'kucoinapi_key',
      'kucoinapikey',
      'kucoinkey',
    ],
    value: '[a-fA-F0-9]{24}',
    minEntropy: 2.5, // a short hex value often repeats digits
    envName: 'KUCOIN_API_KEY',
    docsUrl: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
    revocationUrl: 'https://www.kucoin.com/account/api',
    sample: (g) => g.hex(24),
    negatives: (g) => [
      `KUCOIN_API_KEY="${g.hex(27)}"`, // too long
      `KUCOIN_API_KEY="${g.hex(23)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'kucoin-api-secret',
    provider: 'KuCoin',
    family: 'payments',
    description: 'KuCoin API secret',
    names: ['kucoin[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'kucoin-api-secret',
      'kucoin-api_secret',
      'kucoin-apisecret',
      'kucoin-secret',
      'kucoin_api-secret',
      'kucoin_api_secret',
      'kucoin_apisecret',
      'kucoin_secret',
      'kucoinapi-secret',
      'kucoinapi_secret',
      'kucoinapisecret',
      'kucoinsecret',
    ],
    value: UUID,
    envName: 'KUCOIN_API_SECRET',
    docsUrl: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
    revocationUrl: 'https://www.kucoin.com/account/api',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `KUCOIN_API_SECRET="z${g.uuid().slice(1)}"`, // not hex
      `KUCOIN_API_SECRET="${g.uuid()}${g.hex(2)}"`, // too long
      `KUCOIN_API_SECRET="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
