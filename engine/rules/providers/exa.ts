// Exa (AI search): UUID API keys; "exa" is short, so the name must say Exa API key.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const exaRules: Rule[] = [
  contextRule({
    id: 'exa-api-key',
    provider: 'Exa',
    family: 'ai',
    description: 'Exa API key',
    names: ['exa[_-]?api[_-]?key'],
    keywords: ['exa-api-key', 'exa-api_key', 'exa-apikey', 'exa_api-key', 'exa_api_key', 'exa_apikey', 'exaapi-key', 'exaapi_key', 'exaapikey'],
    value: UUID,
    envName: 'EXA_API_KEY',
    docsUrl: 'https://docs.exa.ai/reference/getting-started',
    revocationUrl: 'https://dashboard.exa.ai/api-keys',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `EXA_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `EXA_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `EXA_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
