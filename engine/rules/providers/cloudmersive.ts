// Cloudmersive (document and validation APIs): UUID API keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const cloudmersiveRules: Rule[] = [
  contextRule({
    id: 'cloudmersive-api-key',
    provider: 'Cloudmersive',
    family: 'saas',
    description: 'Cloudmersive API key',
    names: ['cloudmersive'],
    keywords: ['cloudmersive'],
    value: UUID,
    envName: 'CLOUDMERSIVE_API_KEY',
    docsUrl: 'https://api.cloudmersive.com/docs/',
    revocationUrl: null,
    revocationNote: 'Delete the key in the Cloudmersive management portal (API Keys) and create a new one.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `CLOUDMERSIVE_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `CLOUDMERSIVE_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `CLOUDMERSIVE_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
