// Toggl Track: toggl Track API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const togglRules: Rule[] = [
  contextRule({
    id: 'toggl-api-token',
    provider: 'Toggl Track',
    family: 'saas',
    description: 'Toggl Track API token',
    names: ['toggl'],
    keywords: ['toggl'],
    value: '[a-f0-9]{32}',
    envName: 'TOGGL_API_TOKEN',
    docsUrl: 'https://engineering.toggl.com/docs/authentication/',
    revocationUrl: 'https://track.toggl.com/profile',
    sample: (g) => g.hex(32),
  }),
];
