// Tefter: tefter API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tefterRules: Rule[] = [
  contextRule({
    id: 'tefter-api-key',
    provider: 'Tefter',
    family: 'saas',
    description: 'Tefter API key',
    names: ['tefter'],
    keywords: ['tefter'],
    value: '[A-Za-z0-9]{20}',
    envName: 'TEFTER_API_KEY',
    docsUrl: 'https://tefter.io/docs/api',
    revocationUrl: null,
    revocationNote: 'Tefter has no public revocation link: regenerate (reset) the key in your Tefter settings (API key), then update every place that uses it.',
    sample: (g) => g.alnum(20),
  }),
];
