// Pivotal Tracker: pivotal Tracker API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const pivotalTrackerRules: Rule[] = [
  contextRule({
    id: 'pivotal-tracker-api-token',
    provider: 'Pivotal Tracker',
    family: 'saas',
    description: 'Pivotal Tracker API token',
    names: ['pivotal[_.-]?tracker', 'pivotal'],
    keywords: ['pivotal'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PIVOTAL_TRACKER_TOKEN',
    docsUrl: 'https://www.pivotaltracker.com/help/api#Authentication',
    revocationUrl: 'https://www.pivotaltracker.com/profile',
    sample: (g) => g.hex(32),
  }),
];
