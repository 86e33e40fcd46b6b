// Meilisearch: meilisearch master or API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const meilisearchRules: Rule[] = [
  contextRule({
    id: 'meilisearch-api-key',
    provider: 'Meilisearch',
    family: 'database',
    description: 'Meilisearch master or API key',
    names: ['meili'],
    keywords: ['meili'],
    value: '[A-Za-z0-9_-]{40,64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MEILI_MASTER_KEY',
    docsUrl: 'https://www.meilisearch.com/docs/learn/security/basic_security',
    revocationUrl: null,
    revocationNote: 'Restart the instance with a new master key (which regenerates the default keys), or delete the API key with DELETE /keys/{key}.',
    sample: (g) => g.hex(64),
  }),
];
