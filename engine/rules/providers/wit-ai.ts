// Wit.ai: wit.ai server access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const witAiRules: Rule[] = [
  contextRule({
    id: 'wit-ai-server-token',
    provider: 'Wit.ai',
    family: 'ai',
    description: 'Wit.ai server access token',
    names: ['wit[_.-]?ai'],
    keywords: ['witai', 'wit_ai', 'wit-ai', 'wit.ai'],
    value: '[A-Z0-9]{32}',
    envName: 'WIT_AI_TOKEN',
    docsUrl: 'https://wit.ai/docs/http/',
    revocationUrl: null,
    revocationNote: 'Reset the server access token in the Wit.ai app (Management → Settings).',
    sample: (g) => g.chars(UPPER_ALNUM, 32),
  }),
];
