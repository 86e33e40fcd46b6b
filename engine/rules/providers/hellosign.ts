// Dropbox Sign (formerly HelloSign) API keys: 64 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hellosignRules: Rule[] = [
  contextRule({
    id: 'hellosign-api-key',
    provider: 'Dropbox Sign (HelloSign)',
    family: 'saas',
    description: 'Dropbox Sign (HelloSign) API key',
    names: ['hellosign', 'dropbox[_-]?sign'],
    keywords: ['dropbox-sign', 'dropbox_sign', 'dropboxsign', 'hellosign'],
    value: '[a-fA-F0-9]{64}',
    envName: 'HELLOSIGN_API_KEY',
    docsUrl: 'https://developers.hellosign.com/api/reference/authentication/',
    revocationUrl: 'https://app.hellosign.com/home/myAccount#api',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `HELLOSIGN_API_KEY="${g.hex(67)}"`, // too long
      `HELLOSIGN_API_KEY="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
