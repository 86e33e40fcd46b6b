// Kraken exchange API keys (56 base64 characters) and private keys (base64 of 64 bytes).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const krakenRules: Rule[] = [
  contextRule({
    id: 'kraken-api-key',
    provider: 'Kraken',
    family: 'payments',
    description: 'Kraken API key',
    names: ['kraken[_-]?(?:api[_-]?)?key'],
    keywords: [
      'kraken-api-key',
      'kraken-api_key',
      'kraken-apikey',
      'kraken-key',
      'kraken_api-key',
      'kraken_api_key',
      'kraken_apikey',
      'kraken_key',
      'krakenapi-key',
      'krakenapi_key',
      'krakenapikey',
      'krakenkey',
    ],
    value: '[A-Za-z0-9+/]{56}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'KRAKEN_API_KEY',
    docsUrl: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
    revocationUrl: 'https://pro.kraken.com/app/settings/api',
    sample: (g) => g.base64(56),
    negatives: (g) => [
      `KRAKEN_API_KEY="${g.base64(59)}"`, // too long
      `KRAKEN_API_KEY="${g.base64(28)}.${g.base64(27)}"`, // a character outside the alphabet
    ],
  }),
  contextRule({
    id: 'kraken-private-key',
    provider: 'Kraken',
    family: 'payments',
    description: 'Kraken API private key',
    names: ['kraken[_-]?(?:api[_-]?)?(?:secret|private)'],
    keywords: ['kraken'],
    value: '[A-Za-z0-9+/]{86}==',
    end: 'A-Za-z0-9_+/=-',
    envName: 'KRAKEN_PRIVATE_KEY',
    docsUrl: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
    revocationUrl: 'https://pro.kraken.com/app/settings/api',
    sample: (g) => `${g.base64(86)}==`,
    negatives: (g) => [`KRAKEN_PRIVATE_KEY="${g.base64(60)}=="` /* short */, `KRAKEN_PRIVATE_KEY="${g.base64(88)}"` /* no padding: not 64 bytes */],
  }),
];
