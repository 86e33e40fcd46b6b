// Flickr apps: 32 hex-digit API keys and 16 hex-digit secrets.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const flickrRules: Rule[] = [
  contextRule({
    id: 'flickr-api-key',
    provider: 'Flickr',
    family: 'saas',
    description: 'Flickr API key',
    names: ['flickr[_-]?(?:api[_-]?)?key'],
    keywords: [
      'flickr-api-key',
      'flickr-api_key',
      'flickr-apikey',
      'flickr-key',
      'flickr_api-key',
      'flickr_api_key',
      'flickr_apikey',
      'flickr_key',
      'flickrapi-key',
      'flickrapi_key',
      'flickrapikey',
      'flickrkey',
    ],
    value: '[a-fA-F0-9]{32}',
    envName: 'FLICKR_API_KEY',
    docsUrl: 'https://www.flickr.com/services/api/misc.api_keys.html',
    revocationUrl: 'https://www.flickr.com/services/apps/by/me',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `FLICKR_API_KEY="${g.hex(35)}"`, // too long
      `FLICKR_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'flickr-api-secret',
    provider: 'Flickr',
    family: 'saas',
    description: 'Flickr API secret',
    names: ['flickr[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'flickr-api-secret',
      'flickr-api_secret',
      'flickr-apisecret',
      'flickr-secret',
      'flickr_api-secret',
      'flickr_api_secret',
      'flickr_apisecret',
      'flickr_secret',
      'flickrapi-secret',
      'flickrapi_secret',
      'flickrapisecret',
      'flickrsecret',
    ],
    value: '[a-fA-F0-9]{16}',
    minEntropy: 2.5, // a short hex value often repeats digits
    envName: 'FLICKR_API_SECRET',
    docsUrl: 'https://www.flickr.com/services/api/auth.oauth.html',
    revocationUrl: 'https://www.flickr.com/services/apps/by/me',
    sample: (g) => g.hex(16),
    negatives: (g) => [
      `FLICKR_API_SECRET="${g.hex(19)}"`, // too long
      `FLICKR_API_SECRET="${g.hex(15)}g"`, // outside the hex alphabet
    ],
  }),
];
