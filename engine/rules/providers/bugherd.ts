// BugHerd: BugHerd API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bugherdRules: Rule[] = [
  contextRule({
    id: 'bugherd-api-key',
    provider: 'BugHerd',
    family: 'saas',
    description: 'BugHerd API key',
    names: ['bug[_-]?herd'],
    keywords: ['bugherd', 'bug_herd', 'bug-herd'],
    value: '[a-z0-9]{22}',
    envName: 'BUGHERD_API_KEY',
    docsUrl: 'https://www.bugherd.com/api_v2',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under Settings → General settings → API key in BugHerd.',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 22),
  }),
];
