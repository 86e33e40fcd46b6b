// Mastodon: mastodon application access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const mastodonRules: Rule[] = [
  contextRule({
    id: 'mastodon-access-token',
    provider: 'Mastodon',
    family: 'messaging',
    description: 'Mastodon application access token',
    names: ['mastodon'],
    keywords: ['mastodon'],
    value: '[A-Za-z0-9_-]{43}',
    // An app's client key and client id (`MASTODON_CLIENT_KEY`) name the application, as an OAuth client id does (rw-dev19).
    validate: (_, ctx) => namesACredential(ctx.keyName) && !/client[_.-]?(?:key|id)$/i.test(ctx.keyName ?? ''),
    envName: 'MASTODON_ACCESS_TOKEN',
    docsUrl: 'https://docs.joinmastodon.org/client/token/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token on your instance (Preferences → Development → your application), or revoke the app under Account → Authorized apps.',
    sample: (g) => g.base64url(43),
    negatives: (g) => [`MASTODON_CLIENT_KEY=${g.base64url(43)}`, `mastodon:\n  client_id: ${g.base64url(43)}\n`],
  }),
];
