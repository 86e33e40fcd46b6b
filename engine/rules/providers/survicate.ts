// Survicate: survicate API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const survicateRules: Rule[] = [
  contextRule({
    id: 'survicate-api-key',
    provider: 'Survicate',
    family: 'saas',
    description: 'Survicate API key',
    names: ['survicate'],
    keywords: ['survicate'],
    value: '[a-f0-9]{32}',
    envName: 'SURVICATE_API_KEY',
    docsUrl: 'https://developers.survicate.com/data-export/setup/',
    revocationUrl: null,
    revocationNote: 'Survicate has no public revocation link: regenerate (reset) the key in your Survicate settings (Access keys), then update every place that uses it.',
    sample: (g) => g.hex(32),
  }),
];
