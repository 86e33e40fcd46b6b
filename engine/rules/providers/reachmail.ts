// ReachMail: reachMail API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const reachmailRules: Rule[] = [
  contextRule({
    id: 'reachmail-api-token',
    provider: 'ReachMail',
    family: 'messaging',
    description: 'ReachMail API token',
    names: ['reachmail'],
    keywords: ['reachmail'],
    value: '[A-Za-z0-9_-]{64}',
    envName: 'REACHMAIL_API_TOKEN',
    docsUrl: 'https://services.reachmail.net/',
    revocationUrl: null,
    revocationNote: 'ReachMail has no public revocation link: regenerate (reset) the key in your ReachMail account (API settings), then update every place that uses it.',
    sample: (g) => g.base64url(64),
  }),
];
