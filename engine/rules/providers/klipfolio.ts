// Klipfolio: 40 hex-digit API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const klipfolioRules: Rule[] = [
  contextRule({
    id: 'klipfolio-api-key',
    provider: 'Klipfolio',
    family: 'observability',
    description: 'Klipfolio API key',
    names: ['klipfolio'],
    keywords: ['klipfolio'],
    value: '[a-fA-F0-9]{40}',
    envName: 'KLIPFOLIO_API_KEY',
    docsUrl: 'https://support.klipfolio.com/hc/en-us/articles/215546348-Klipfolio-API',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Klipfolio → My Profile → API Key.',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `KLIPFOLIO_API_KEY="${g.hex(43)}"`, // too long
      `KLIPFOLIO_API_KEY="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
