// Gumroad OAuth access tokens: 43 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const gumroadRules: Rule[] = [
  contextRule({
    id: 'gumroad-access-token',
    provider: 'Gumroad',
    family: 'payments',
    description: 'Gumroad access token',
    names: ['gumroad'],
    keywords: ['gumroad'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'GUMROAD_ACCESS_TOKEN',
    docsUrl: 'https://app.gumroad.com/api#api-authentication',
    revocationUrl: 'https://app.gumroad.com/settings/advanced#application-form',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `GUMROAD_ACCESS_TOKEN="${g.base64url(46)}"`, // too long
      `GUMROAD_ACCESS_TOKEN="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
