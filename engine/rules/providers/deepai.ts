// DeepAI: UUID API keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const deepaiRules: Rule[] = [
  contextRule({
    id: 'deepai-api-key',
    provider: 'DeepAI',
    family: 'ai',
    description: 'DeepAI API key',
    names: ['deepai'],
    keywords: ['deepai'],
    value: UUID,
    envName: 'DEEPAI_API_KEY',
    docsUrl: 'https://deepai.org/docs',
    revocationUrl: 'https://deepai.org/dashboard/profile',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `DEEPAI_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `DEEPAI_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `DEEPAI_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
