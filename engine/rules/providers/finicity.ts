// Finicity (Mastercard Open Banking): app keys (32 hex digits) and partner secrets (20 characters).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const finicityRules: Rule[] = [
  contextRule({
    id: 'finicity-app-key',
    provider: 'Finicity',
    family: 'payments',
    description: 'Finicity app key',
    names: ['finicity[_-]?app[_-]?key'],
    keywords: ['finicity-app-key', 'finicity-app_key', 'finicity-appkey', 'finicity_app-key', 'finicity_app_key', 'finicity_appkey', 'finicityapp-key', 'finicityapp_key', 'finicityappkey'],
    value: '[a-fA-F0-9]{32}',
    envName: 'FINICITY_APP_KEY',
    docsUrl: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/',
    revocationUrl: null,
    revocationNote: 'Regenerate the app key in the Mastercard Developers dashboard for the project.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `FINICITY_APP_KEY="${g.hex(35)}"`, // too long
      `FINICITY_APP_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'finicity-partner-secret',
    provider: 'Finicity',
    family: 'payments',
    description: 'Finicity partner secret',
    names: ['finicity[_-]?(?:partner[_-]?)?secret'],
    keywords: [
      'finicity-partner-secret',
      'finicity-partner_secret',
      'finicity-partnersecret',
      'finicity-secret',
      'finicity_partner-secret',
      'finicity_partner_secret',
      'finicity_partnersecret',
      'finicity_secret',
      'finicitypartner-secret',
      'finicitypartner_secret',
      'finicitypartnersecret',
      'finicitysecret',
    ],
    value: '[A-Za-z0-9]{20}',
    envName: 'FINICITY_PARTNER_SECRET',
    docsUrl: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/',
    revocationUrl: null,
    revocationNote: 'Reset the partner secret through the Finicity partner API (modify partner secret) or the Mastercard Developers dashboard.',
    sample: (g) => g.alnum(20),
    negatives: (g) => [
      `FINICITY_PARTNER_SECRET="${g.alnum(23)}"`, // too long
      `FINICITY_PARTNER_SECRET="${g.alnum(10)}.${g.alnum(9)}"`, // a character outside the alphabet
    ],
  }),
];
