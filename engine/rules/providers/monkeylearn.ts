// MonkeyLearn: monkeyLearn API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const monkeylearnRules: Rule[] = [
  contextRule({
    id: 'monkeylearn-api-key',
    provider: 'MonkeyLearn',
    family: 'ai',
    description: 'MonkeyLearn API key',
    names: ['monkeylearn'],
    keywords: ['monkeylearn'],
    value: '[a-f0-9]{40}',
    envName: 'MONKEYLEARN_API_KEY',
    docsUrl: 'https://monkeylearn.com/api/v3/',
    revocationUrl: null,
    revocationNote: 'MonkeyLearn has no public revocation link: regenerate (reset) the key in your MonkeyLearn account settings (API keys), then update every place that uses it.',
    sample: (g) => g.hex(40),
  }),
];
