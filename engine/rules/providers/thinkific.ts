// Thinkific: thinkific API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const thinkificRules: Rule[] = [
  contextRule({
    id: 'thinkific-api-key',
    provider: 'Thinkific',
    family: 'saas',
    description: 'Thinkific API key',
    names: ['thinkific'],
    keywords: ['thinkific'],
    value: '[a-f0-9]{32}',
    envName: 'THINKIFIC_API_KEY',
    docsUrl: 'https://developers.thinkific.com/api/api-key-auth/',
    revocationUrl: null,
    revocationNote: 'Reset the API key in Thinkific (Settings → Code & analytics → API).',
    sample: (g) => g.hex(32),
  }),
];
