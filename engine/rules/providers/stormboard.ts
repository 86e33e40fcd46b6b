// Stormboard: stormboard API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const stormboardRules: Rule[] = [
  contextRule({
    id: 'stormboard-api-key',
    provider: 'Stormboard',
    family: 'saas',
    description: 'Stormboard API key',
    names: ['stormboard'],
    keywords: ['stormboard'],
    value: '[a-f0-9]{40}',
    envName: 'STORMBOARD_API_KEY',
    docsUrl: 'https://api.stormboard.com/docs',
    revocationUrl: null,
    revocationNote: 'Stormboard has no public revocation link: regenerate (reset) the key in your Stormboard profile (API key), then update every place that uses it.',
    sample: (g) => g.hex(40),
  }),
];
