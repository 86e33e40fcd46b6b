// PlayFab: playFab title secret key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const playfabRules: Rule[] = [
  contextRule({
    id: 'playfab-secret-key',
    provider: 'PlayFab',
    family: 'saas',
    description: 'PlayFab title secret key',
    names: ['playfab'],
    keywords: ['playfab'],
    value: '[A-Za-z0-9]{40,60}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PLAYFAB_DEV_SECRET_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/gaming/playfab/api-references/#secret-keys',
    revocationUrl: null,
    revocationNote: 'Create a new secret key in Game Manager (Title settings → Secret Keys), switch to it, then disable and delete the old one.',
    sample: (g) => g.chars(UPPER_ALNUM, 52),
  }),
];
