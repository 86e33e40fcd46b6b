// Insightly CRM: UUID API keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const insightlyRules: Rule[] = [
  contextRule({
    id: 'insightly-api-key',
    provider: 'Insightly',
    family: 'saas',
    description: 'Insightly API key',
    names: ['insightly'],
    keywords: ['insightly'],
    value: UUID,
    envName: 'INSIGHTLY_API_KEY',
    docsUrl: 'https://api.insightly.com/v3.1/Help#!/Overview/Introduction',
    revocationUrl: null,
    revocationNote: 'Reset the key in Insightly → User settings → API key.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `INSIGHTLY_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `INSIGHTLY_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `INSIGHTLY_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
