// Cloudimage (image CDN): 30-character lower-case API keys.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const cloudimageRules: Rule[] = [
  contextRule({
    id: 'cloudimage-api-key',
    provider: 'Cloudimage',
    family: 'saas',
    description: 'Cloudimage API key',
    names: ['cloudimage'],
    keywords: ['cloudimage'],
    value: '[a-z0-9]{30}',
    envName: 'CLOUDIMAGE_API_KEY',
    docsUrl: 'https://docs.cloudimage.io/go/cloudimage-documentation-v7/en/api',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in the Cloudimage admin console (Settings → API).',
    sample: (g) => g.chars(LOWER_DIGITS, 30),
    negatives: (g) => [
      `CLOUDIMAGE_API_KEY="${g.chars(LOWER_DIGITS, 33)}"`, // too long
      `CLOUDIMAGE_API_KEY="${g.chars(LOWER_DIGITS, 29)}Q"`, // outside the lower alphabet
    ],
  }),
];
