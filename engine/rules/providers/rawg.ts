// RAWG: rAWG video games API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const rawgRules: Rule[] = [
  contextRule({
    id: 'rawg-api-key',
    provider: 'RAWG',
    family: 'saas',
    description: 'RAWG video games API key',
    names: ['rawg'],
    keywords: ['rawg'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'RAWG_API_KEY',
    docsUrl: 'https://api.rawg.io/docs/',
    revocationUrl: 'https://rawg.io/apidocs',
    sample: (g) => g.hex(32),
  }),
];
