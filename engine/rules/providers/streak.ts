// Streak: streak CRM API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const streakRules: Rule[] = [
  contextRule({
    id: 'streak-api-key',
    provider: 'Streak',
    family: 'saas',
    description: 'Streak CRM API key',
    names: ['streak'],
    keywords: ['streak'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'STREAK_API_KEY',
    docsUrl: 'https://streak.readme.io/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Streak has no public revocation link: regenerate (reset) the key in your Streak settings in Gmail (Integrations → Streak API), then update every place that uses it.',
    sample: (g) => g.hex(32),
  }),
];
