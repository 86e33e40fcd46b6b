// Jina AI (search foundation) API keys: `jina_` + 60 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const jinaRules: Rule[] = [
  tokenRule({
    id: 'jina-api-key',
    provider: 'Jina AI',
    family: 'ai',
    description: 'Jina AI API key',
    prefix: 'jina_',
    body: '[A-Za-z0-9_-]{60}',
    envName: 'JINA_API_KEY',
    docsUrl: 'https://jina.ai/reader/',
    revocationUrl: null,
    revocationNote: 'Jina AI keys are managed at jina.ai/api-dashboard: stop using the key and ask Jina AI support to disable it.',
    sample: (g) => `jina_${g.alnum(60)}`,
    negatives: (g) => [
      `JINA_API_KEY="JINA_${g.alnum(60)}"`, // prefix in the wrong case
    ],
  }),
];
