// Cliengo (chat widgets): UUID API keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const cliengoRules: Rule[] = [
  contextRule({
    id: 'cliengo-api-key',
    provider: 'Cliengo',
    family: 'messaging',
    description: 'Cliengo API key',
    names: ['cliengo'],
    keywords: ['cliengo'],
    value: UUID,
    envName: 'CLIENGO_API_KEY',
    docsUrl: 'https://developers.cliengo.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Cliengo → Settings → Integrations.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `CLIENGO_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `CLIENGO_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `CLIENGO_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
