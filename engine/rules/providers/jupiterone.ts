// JupiterOne: 76-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const jupiteroneRules: Rule[] = [
  contextRule({
    id: 'jupiterone-api-key',
    provider: 'JupiterOne',
    family: 'infrastructure',
    description: 'JupiterOne API key',
    names: ['jupiter[_-]?one'],
    keywords: ['jupiter-one', 'jupiter_one', 'jupiterone'],
    value: '[A-Za-z0-9]{76}',
    envName: 'JUPITERONE_API_KEY',
    docsUrl: 'https://docs.jupiterone.io/api/authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the key in JupiterOne → Settings → API Keys.',
    sample: (g) => g.alnum(76),
    negatives: (g) => [
      `JUPITERONE_API_KEY="${g.alnum(79)}"`, // too long
      `JUPITERONE_API_KEY="${g.alnum(38)}.${g.alnum(37)}"`, // a character outside the alphabet
    ],
  }),
];
