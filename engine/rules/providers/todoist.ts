// Todoist: todoist API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const todoistRules: Rule[] = [
  contextRule({
    id: 'todoist-api-token',
    provider: 'Todoist',
    family: 'saas',
    description: 'Todoist API token',
    names: ['todoist'],
    keywords: ['todoist'],
    value: '[a-f0-9]{40}',
    envName: 'TODOIST_API_TOKEN',
    docsUrl: 'https://developer.todoist.com/rest/v2/#authorization',
    revocationUrl: 'https://app.todoist.com/app/settings/integrations/developer',
    sample: (g) => g.hex(40),
  }),
];
