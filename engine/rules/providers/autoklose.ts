// Autoklose: Autoklose API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const autokloseRules: Rule[] = [
  contextRule({
    id: 'autoklose-api-token',
    provider: 'Autoklose',
    family: 'saas',
    description: 'Autoklose API token',
    names: ['autoklose'],
    keywords: ['autoklose'],
    value: '[A-Za-z0-9-]{32}',
    envName: 'AUTOKLOSE_API_TOKEN',
    docsUrl: 'https://autoklose.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token in Autoklose under Settings → API.',
    sample: (g) => g.alnum(32),
  }),
];
