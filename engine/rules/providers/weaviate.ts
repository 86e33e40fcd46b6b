// Weaviate: weaviate Cloud API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const weaviateRules: Rule[] = [
  contextRule({
    id: 'weaviate-api-key',
    provider: 'Weaviate',
    family: 'database',
    description: 'Weaviate Cloud API key',
    names: ['weaviate'],
    keywords: ['weaviate'],
    value: '[A-Za-z0-9]{32,64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'WEAVIATE_API_KEY',
    docsUrl: 'https://weaviate.io/developers/wcs/platform/manage-api-keys',
    revocationUrl: 'https://console.weaviate.cloud/',
    sample: (g) => g.alnum(40),
  }),
];
