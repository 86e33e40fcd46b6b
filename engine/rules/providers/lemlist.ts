// lemlist: 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const lemlistRules: Rule[] = [
  contextRule({
    id: 'lemlist-api-key',
    provider: 'Lemlist',
    family: 'messaging',
    description: 'lemlist API key',
    names: ['lemlist'],
    keywords: ['lemlist'],
    value: '[a-fA-F0-9]{32}',
    envName: 'LEMLIST_API_KEY',
    docsUrl: 'https://developer.lemlist.com/#authentication',
    revocationUrl: 'https://app.lemlist.com/settings/integrations',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `LEMLIST_API_KEY="${g.hex(35)}"`, // too long
      `LEMLIST_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
