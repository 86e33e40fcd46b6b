// Strava: strava API client secret or access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const stravaRules: Rule[] = [
  contextRule({
    id: 'strava-client-secret',
    provider: 'Strava',
    family: 'saas',
    description: 'Strava API client secret or access token',
    names: ['strava'],
    keywords: ['strava'],
    value: '[a-f0-9]{40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'STRAVA_CLIENT_SECRET',
    docsUrl: 'https://developers.strava.com/docs/authentication/',
    revocationUrl: 'https://www.strava.com/settings/api',
    sample: (g) => g.hex(40),
  }),
];
