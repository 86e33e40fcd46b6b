// Mavenlink (Kantata): mavenlink (Kantata) API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const mavenlinkRules: Rule[] = [
  contextRule({
    id: 'mavenlink-api-token',
    provider: 'Mavenlink (Kantata)',
    family: 'saas',
    description: 'Mavenlink (Kantata) API token',
    names: ['mavenlink', 'kantata'],
    keywords: ['mavenlink', 'kantata'],
    value: '[a-z0-9]{64}',
    envName: 'MAVENLINK_API_TOKEN',
    docsUrl: 'https://developer.kantata.com/',
    revocationUrl: null,
    revocationNote: 'Mavenlink (Kantata) has no public revocation link: regenerate (reset) the key in your Kantata OX settings (Integrations → API tokens), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 64),
  }),
];
