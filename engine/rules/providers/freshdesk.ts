// Freshdesk API keys: 20 characters from the agent profile.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const freshdeskRules: Rule[] = [
  contextRule({
    id: 'freshdesk-api-key',
    provider: 'Freshdesk',
    family: 'saas',
    description: 'Freshdesk API key',
    names: ['freshdesk'],
    keywords: ['freshdesk'],
    value: '[A-Za-z0-9]{20}',
    envName: 'FRESHDESK_API_KEY',
    docsUrl: 'https://developers.freshdesk.com/api/#authentication',
    revocationUrl: null,
    revocationNote: 'Reset the key in Freshdesk → Profile settings → Your API Key.',
    sample: (g) => g.alnum(20),
    negatives: (g) => [
      `FRESHDESK_API_KEY="${g.alnum(23)}"`, // too long
      `FRESHDESK_API_KEY="${g.alnum(10)}.${g.alnum(9)}"`, // a character outside the alphabet
    ],
  }),
];
