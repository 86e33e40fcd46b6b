// Upwave: upwave API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const upwaveRules: Rule[] = [
  contextRule({
    id: 'upwave-api-token',
    provider: 'Upwave',
    family: 'saas',
    description: 'Upwave API token',
    names: ['upwave'],
    keywords: ['upwave'],
    value: '[a-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'UPWAVE_API_TOKEN',
    docsUrl: 'https://upwave.io/',
    revocationUrl: null,
    revocationNote: 'Upwave has no public revocation link: regenerate (reset) the key in your Upwave account settings, then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
