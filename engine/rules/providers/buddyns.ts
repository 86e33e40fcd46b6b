// BuddyNS: BuddyNS DNS API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const buddynsRules: Rule[] = [
  contextRule({
    id: 'buddyns-api-key',
    provider: 'BuddyNS',
    family: 'infrastructure',
    description: 'BuddyNS DNS API key',
    names: ['buddy[_-]?ns'],
    keywords: ['buddyns', 'buddy_ns', 'buddy-ns'],
    value: '[a-z0-9]{40}',
    envName: 'BUDDYNS_API_KEY',
    docsUrl: 'https://www.buddyns.com/support/api/v2/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the BuddyNS control panel (Account → API).',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40),
  }),
];
