// Help Scout Docs API keys: 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const helpscoutRules: Rule[] = [
  contextRule({
    id: 'helpscout-docs-api-key',
    provider: 'Help Scout',
    family: 'messaging',
    description: 'Help Scout Docs API key',
    names: ['help[_-]?scout'],
    keywords: ['help-scout', 'help_scout', 'helpscout'],
    value: '[a-fA-F0-9]{40}',
    envName: 'HELPSCOUT_API_KEY',
    docsUrl: 'https://developer.helpscout.com/docs-api/#authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Help Scout → Your Profile → Authentication → API Keys.',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `HELPSCOUT_API_KEY="${g.hex(43)}"`, // too long
      `HELPSCOUT_API_KEY="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
