// Geocodio: 39 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const geocodioRules: Rule[] = [
  contextRule({
    id: 'geocodio-api-key',
    provider: 'Geocodio',
    family: 'saas',
    description: 'Geocodio API key',
    names: ['geocodio'],
    keywords: ['geocodio'],
    value: '[a-fA-F0-9]{39}',
    envName: 'GEOCODIO_API_KEY',
    docsUrl: 'https://www.geocod.io/docs/#authentication',
    revocationUrl: 'https://dash.geocod.io/apikey',
    sample: (g) => g.hex(39),
    negatives: (g) => [
      `GEOCODIO_API_KEY="${g.hex(42)}"`, // too long
      `GEOCODIO_API_KEY="${g.hex(38)}g"`, // outside the hex alphabet
    ],
  }),
];
