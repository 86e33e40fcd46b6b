// Tumblr: tumblr API consumer secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const tumblrRules: Rule[] = [
  contextRule({
    id: 'tumblr-consumer-secret',
    provider: 'Tumblr',
    family: 'saas',
    description: 'Tumblr API consumer secret',
    names: ['tumblr'],
    keywords: ['tumblr'],
    value: '[A-Za-z0-9]{50}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'TUMBLR_CONSUMER_SECRET',
    docsUrl: 'https://www.tumblr.com/docs/en/api/v2#authentication',
    revocationUrl: 'https://www.tumblr.com/oauth/apps',
    sample: (g) => g.alnum(50),
  }),
];
