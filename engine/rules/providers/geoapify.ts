// Geoapify (maps and geocoding): 32 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const geoapifyRules: Rule[] = [
  contextRule({
    id: 'geoapify-api-key',
    provider: 'Geoapify',
    family: 'saas',
    description: 'Geoapify API key',
    names: ['geoapify'],
    keywords: ['geoapify'],
    value: '[a-fA-F0-9]{32}',
    envName: 'GEOAPIFY_API_KEY',
    docsUrl: 'https://apidocs.geoapify.com/docs/',
    revocationUrl: 'https://myprojects.geoapify.com/',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `GEOAPIFY_API_KEY="${g.hex(35)}"`, // too long
      `GEOAPIFY_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
