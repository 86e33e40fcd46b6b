// Mailtrap: mailtrap API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mailtrapRules: Rule[] = [
  contextRule({
    id: 'mailtrap-api-token',
    provider: 'Mailtrap',
    family: 'messaging',
    description: 'Mailtrap API token',
    names: ['mailtrap'],
    keywords: ['mailtrap'],
    value: '[a-f0-9]{32}',
    envName: 'MAILTRAP_API_TOKEN',
    docsUrl: 'https://api-docs.mailtrap.io/docs/mailtrap-api-docs/',
    revocationUrl: 'https://mailtrap.io/api-tokens',
    sample: (g) => g.hex(32),
  }),
];
