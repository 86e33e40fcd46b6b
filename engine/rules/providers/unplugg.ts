// Unplugg: unplugg API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const unpluggRules: Rule[] = [
  contextRule({
    id: 'unplugg-api-key',
    provider: 'Unplugg',
    family: 'saas',
    description: 'Unplugg API key',
    names: ['unplugg'],
    keywords: ['unplugg'],
    value: '[a-z0-9]{64}',
    envName: 'UNPLUGG_API_KEY',
    docsUrl: 'https://unplu.gg/',
    revocationUrl: null,
    revocationNote: 'Unplugg has no public revocation link: regenerate (reset) the key in your Unplugg account, then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 64),
  }),
];
