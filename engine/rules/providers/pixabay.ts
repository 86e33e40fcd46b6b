// Pixabay: pixabay API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pixabayRules: Rule[] = [
  contextRule({
    id: 'pixabay-api-key',
    provider: 'Pixabay',
    family: 'saas',
    description: 'Pixabay API key',
    names: ['pixabay'],
    keywords: ['pixabay'],
    value: '[0-9]{6,10}-[a-f0-9]{25}',
    envName: 'PIXABAY_API_KEY',
    docsUrl: 'https://pixabay.com/api/docs/',
    revocationUrl: null,
    revocationNote: 'Pixabay has no key rotation page: contact Pixabay support to replace the key, and remove it from code.',
    sample: (g) => `${g.digits(8)}-${g.hex(25)}`,
  }),
];
