// Semaphore CI: semaphore CI API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const semaphoreRules: Rule[] = [
  contextRule({
    id: 'semaphore-api-token',
    provider: 'Semaphore CI',
    family: 'infrastructure',
    description: 'Semaphore CI API token',
    names: ['semaphore'],
    keywords: ['semaphore'],
    value: '[A-Za-z0-9_-]{20,40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SEMAPHORE_API_TOKEN',
    docsUrl: 'https://docs.semaphoreci.com/reference/api',
    revocationUrl: 'https://me.semaphoreci.com/account',
    sample: (g) => g.base64url(20),
  }),
];
