// SpeechText.AI: speechText.AI API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const speechtextRules: Rule[] = [
  contextRule({
    id: 'speechtext-api-key',
    provider: 'SpeechText.AI',
    family: 'ai',
    description: 'SpeechText.AI API key',
    names: ['speechtext'],
    keywords: ['speechtext'],
    value: '[a-f0-9]{32}',
    envName: 'SPEECHTEXT_API_KEY',
    docsUrl: 'https://speechtext.ai/speech-api',
    revocationUrl: null,
    revocationNote: 'SpeechText.AI has no public revocation link: regenerate (reset) the key in your SpeechText.AI account page, then update every place that uses it.',
    sample: (g) => g.hex(32),
  }),
];
