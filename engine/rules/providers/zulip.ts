// Zulip: zulip API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const zulipRules: Rule[] = [
  contextRule({
    id: 'zulip-api-key',
    provider: 'Zulip',
    family: 'messaging',
    description: 'Zulip API key',
    names: ['zulip'],
    keywords: ['zulip'],
    value: '[A-Za-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'ZULIP_API_KEY',
    docsUrl: 'https://zulip.com/api/api-keys',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Zulip (Settings → Account & privacy → Manage your API key); bots have their own under Bots.',
    sample: (g) => g.alnum(32),
  }),
];
