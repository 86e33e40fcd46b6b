// Pushover: pushover application token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const pushoverRules: Rule[] = [
  contextRule({
    id: 'pushover-app-token',
    provider: 'Pushover',
    family: 'messaging',
    description: 'Pushover application token',
    names: ['pushover'],
    keywords: ['pushover'],
    value: '[a-z0-9]{30}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PUSHOVER_APP_TOKEN',
    docsUrl: 'https://pushover.net/api#registration',
    revocationUrl: 'https://pushover.net/apps',
    sample: (g) => g.chars(LOWER_ALNUM, 30),
  }),
];
