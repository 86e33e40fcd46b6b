// Groove (help desk): 64 hex-digit API tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const grooveRules: Rule[] = [
  contextRule({
    id: 'groove-api-token',
    provider: 'Groove',
    family: 'messaging',
    description: 'Groove API token',
    names: ['groove[_-]?(?:hq|api)'],
    keywords: ['groove-api', 'groove-hq', 'groove_api', 'groove_hq', 'grooveapi', 'groovehq'],
    value: '[a-fA-F0-9]{64}',
    envName: 'GROOVE_API_TOKEN',
    docsUrl: 'https://www.groovehq.com/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in Groove → Settings → API.',
    sample: (g) => g.hex(64),
    negatives: (g) => [
      `GROOVE_API_TOKEN="${g.hex(67)}"`, // too long
      `GROOVE_API_TOKEN="${g.hex(63)}g"`, // outside the hex alphabet
    ],
  }),
];
