// Nicereply: nicereply API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nicereplyRules: Rule[] = [
  contextRule({
    id: 'nicereply-api-key',
    provider: 'Nicereply',
    family: 'saas',
    description: 'Nicereply API key',
    names: ['nicereply'],
    keywords: ['nicereply'],
    value: '[a-f0-9]{40}',
    envName: 'NICEREPLY_API_KEY',
    docsUrl: 'https://www.nicereply.com/help/api',
    revocationUrl: null,
    revocationNote: 'Nicereply has no public revocation link: regenerate (reset) the key in your Nicereply settings (API), then update every place that uses it.',
    sample: (g) => g.hex(40),
  }),
];
