// Beebole: Beebole timesheet API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const beeboleRules: Rule[] = [
  contextRule({
    id: 'beebole-api-token',
    provider: 'Beebole',
    family: 'saas',
    description: 'Beebole timesheet API token',
    names: ['beebole'],
    keywords: ['beebole'],
    value: '[a-z0-9]{40}',
    envName: 'BEEBOLE_API_TOKEN',
    docsUrl: 'https://beebole.com/help/api/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token on your Beebole user profile (API token).',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40),
  }),
];
