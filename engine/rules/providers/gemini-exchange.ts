// Gemini exchange API keys (`account-` or `master-` + 20 characters) and their 28-character base58 secrets.
import type { Rule } from '../../types';
import { BASE58 } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const geminiExchangeRules: Rule[] = [
  contextRule({
    id: 'gemini-exchange-api-key',
    provider: 'Gemini (crypto exchange)',
    family: 'payments',
    description: 'Gemini exchange API key',
    names: ['gemini'],
    keywords: ['gemini'],
    value: '(?:account|master)-[A-Za-z0-9]{20}',
    maskPrefix: /^(?:account|master)-/,
    envName: 'GEMINI_API_KEY',
    docsUrl: 'https://docs.gemini.com/rest-api/#authentication',
    revocationUrl: 'https://exchange.gemini.com/settings/api',
    sample: (g) => `account-${g.alnum(20)}`,
    negatives: (g) => [`GEMINI_API_KEY="account-${g.alnum(12)}"` /* short */, `GEMINI_API_KEY="AIza${g.base64url(35)}"` /* a Google Gemini key, another rule */],
  }),
  contextRule({
    id: 'gemini-exchange-api-secret',
    provider: 'Gemini (crypto exchange)',
    family: 'payments',
    description: 'Gemini exchange API secret',
    names: ['gemini[_-]?(?:api[_-]?)?secret'],
    keywords: [
      'gemini-api-secret',
      'gemini-api_secret',
      'gemini-apisecret',
      'gemini-secret',
      'gemini_api-secret',
      'gemini_api_secret',
      'gemini_apisecret',
      'gemini_secret',
      'geminiapi-secret',
      'geminiapi_secret',
      'geminiapisecret',
      'geminisecret',
    ],
    value: '[1-9A-HJ-NP-Za-km-z]{28}',
    envName: 'GEMINI_API_SECRET',
    docsUrl: 'https://docs.gemini.com/rest-api/#authentication',
    revocationUrl: 'https://exchange.gemini.com/settings/api',
    sample: (g) => g.chars(BASE58, 28),
    negatives: (g) => [
      `GEMINI_API_SECRET="${g.chars(BASE58, 31)}"`, // too long
      `GEMINI_API_SECRET="${g.chars(BASE58, 14)}.${g.chars(BASE58, 13)}"`, // a character outside the alphabet
    ],
  }),
];
