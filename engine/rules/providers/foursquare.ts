// Foursquare: Places API keys (`fsq3` + 44 base64 characters) and legacy client secrets (48 upper-case characters).
import type { Rule } from '../../types';
import { UPPER_DIGITS } from '../alphabets';
import { contextRule, tokenRule } from '../ruleBuilders';

export const foursquareRules: Rule[] = [
  tokenRule({
    id: 'foursquare-places-api-key',
    provider: 'Foursquare',
    family: 'saas',
    description: 'Foursquare Places API key',
    prefix: 'fsq3',
    body: '[A-Za-z0-9+/]{44}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'FOURSQUARE_API_KEY',
    docsUrl: 'https://docs.foursquare.com/developer/reference/authentication',
    revocationUrl: 'https://foursquare.com/developers/projects',
    sample: (g) => `fsq3${g.base64(44)}`,
    negatives: (g) => [
      `FOURSQUARE_API_KEY="FSQ3${g.base64(44)}"`, // prefix in the wrong case
    ],
  }),
  contextRule({
    id: 'foursquare-client-secret',
    provider: 'Foursquare',
    family: 'saas',
    description: 'Foursquare client secret',
    names: ['foursquare[_-]?(?:client[_-]?)?secret'],
    keywords: [
      'foursquare-client-secret',
      'foursquare-client_secret',
      'foursquare-clientsecret',
      'foursquare-secret',
      'foursquare_client-secret',
      'foursquare_client_secret',
      'foursquare_clientsecret',
      'foursquare_secret',
      'foursquareclient-secret',
      'foursquareclient_secret',
      'foursquareclientsecret',
      'foursquaresecret',
    ],
    value: '[A-Z0-9]{48}',
    envName: 'FOURSQUARE_CLIENT_SECRET',
    docsUrl: 'https://docs.foursquare.com/developer/reference/authentication',
    revocationUrl: 'https://foursquare.com/developers/projects',
    sample: (g) => g.chars(UPPER_DIGITS, 48),
    negatives: (g) => [
      `FOURSQUARE_CLIENT_SECRET="${g.chars(UPPER_DIGITS, 51)}"`, // too long
      `FOURSQUARE_CLIENT_SECRET="${g.chars(UPPER_DIGITS, 47)}q"`, // outside the upper alphabet
    ],
  }),
];
