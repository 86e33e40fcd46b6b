// Unleash: unleash API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const unleashRules: Rule[] = [
  contextRule({
    id: 'unleash-api-token',
    provider: 'Unleash',
    family: 'infrastructure',
    description: 'Unleash API token',
    names: ['unleash'],
    keywords: ['unleash'],
    value: '(?:\\*|\\[\\]|[a-z0-9_-]{1,40}):[a-z0-9_-]{1,40}\\.[a-f0-9]{64}',
    envName: 'UNLEASH_API_TOKEN',
    docsUrl: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys',
    revocationUrl: null,
    revocationNote: 'Delete the token in Unleash (Admin → API access) and create a new one.',
    sample: (g) => `*:production.${g.hex(64)}`,
  }),
];
