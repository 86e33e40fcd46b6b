// DeepInfra: 32-character API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const deepinfraRules: Rule[] = [
  contextRule({
    id: 'deepinfra-api-key',
    provider: 'DeepInfra',
    family: 'ai',
    description: 'DeepInfra API key',
    names: ['deep[_-]?infra'],
    keywords: ['deep-infra', 'deep_infra', 'deepinfra'],
    value: '[A-Za-z0-9]{32}',
    envName: 'DEEPINFRA_API_KEY',
    docsUrl: 'https://deepinfra.com/docs/getting-started',
    revocationUrl: 'https://deepinfra.com/dash/api_keys',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `DEEPINFRA_API_KEY="${g.alnum(35)}"`, // too long
      `DEEPINFRA_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
