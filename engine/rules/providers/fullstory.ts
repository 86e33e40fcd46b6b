// FullStory API keys: a region (`na1.`, `eu1.`) and about 100 base64 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const fullstoryRules: Rule[] = [
  tokenRule({
    id: 'fullstory-api-key',
    provider: 'FullStory',
    family: 'observability',
    description: 'FullStory API key',
    prefix: ['na1.', 'eu1.'],
    body: '[A-Za-z0-9+/]{90,110}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'FULLSTORY_API_KEY',
    docsUrl: 'https://developer.fullstory.com/server/authentication/',
    revocationUrl: null,
    revocationNote: 'Delete the key in FullStory → Settings → API Keys and create a new one.',
    sample: (g) => `na1.${g.base64(100)}`,
    negatives: (g) => [`FULLSTORY_API_KEY="na2.${g.base64(100)}"` /* unknown region */],
  }),
];
