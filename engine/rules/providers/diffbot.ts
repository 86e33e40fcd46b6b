// Diffbot: 32 hex-digit tokens.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const diffbotRules: Rule[] = [
  contextRule({
    id: 'diffbot-token',
    provider: 'Diffbot',
    family: 'ai',
    description: 'Diffbot API token',
    names: ['diffbot'],
    keywords: ['diffbot'],
    value: '[a-fA-F0-9]{32}',
    envName: 'DIFFBOT_TOKEN',
    docsUrl: 'https://docs.diffbot.com/reference/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in the Diffbot dashboard.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `DIFFBOT_TOKEN="${g.hex(35)}"`, // too long
      `DIFFBOT_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
