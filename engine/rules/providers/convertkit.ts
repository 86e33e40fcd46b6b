// Kit (formerly ConvertKit) v3 API keys: 22 characters; API secrets: 43 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const convertkitRules: Rule[] = [
  contextRule({
    id: 'convertkit-api-key',
    provider: 'Kit (ConvertKit)',
    family: 'messaging',
    description: 'ConvertKit API key',
    names: ['convertkit[_-]?api[_-]?key', 'kit[_-]?api[_-]?key'],
    keywords: ['kit-api-key', 'kit-api_key', 'kit-apikey', 'kit_api-key', 'kit_api_key', 'kit_apikey', 'kitapi-key', 'kitapi_key', 'kitapikey'],
    value: '[A-Za-z0-9_]{22}',
    envName: 'CONVERTKIT_API_KEY',
    docsUrl: 'https://developers.kit.com/v3#api-basics',
    revocationUrl: 'https://app.kit.com/account_settings/developer_settings',
    sample: (g) => g.alnum(22),
    negatives: (g) => [
      `CONVERTKIT_API_KEY="${g.alnum(25)}"`, // too long
      `CONVERTKIT_API_KEY="${g.alnum(11)}.${g.alnum(10)}"`, // a character outside the alphabet
    ],
  }),
  contextRule({
    id: 'convertkit-api-secret',
    provider: 'Kit (ConvertKit)',
    family: 'messaging',
    description: 'ConvertKit API secret',
    names: ['convertkit[_-]?(?:api[_-]?)?secret', 'kit[_-]?api[_-]?secret'],
    keywords: [
      'convertkit-secret',
      'convertkit_secret',
      'convertkitsecret',
      'kit-api-secret',
      'kit-api_secret',
      'kit-apisecret',
      'kit_api-secret',
      'kit_api_secret',
      'kit_apisecret',
      'kitapi-secret',
      'kitapi_secret',
      'kitapisecret',
    ],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'CONVERTKIT_API_SECRET',
    docsUrl: 'https://developers.kit.com/v3#api-basics',
    revocationUrl: 'https://app.kit.com/account_settings/developer_settings',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `CONVERTKIT_API_SECRET="${g.base64url(46)}"`, // too long
      `CONVERTKIT_API_SECRET="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
