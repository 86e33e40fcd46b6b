// Reddit: reddit OAuth client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const redditRules: Rule[] = [
  contextRule({
    id: 'reddit-client-secret',
    provider: 'Reddit',
    family: 'saas',
    description: 'Reddit OAuth client secret',
    names: ['reddit'],
    keywords: ['reddit'],
    value: '[A-Za-z0-9_-]{27,30}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'REDDIT_CLIENT_SECRET',
    docsUrl: 'https://github.com/reddit-archive/reddit/wiki/OAuth2',
    revocationUrl: 'https://www.reddit.com/prefs/apps',
    sample: (g) => g.base64url(27),
  }),
];
