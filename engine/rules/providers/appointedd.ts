// Appointedd: Appointedd API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appointeddRules: Rule[] = [
  contextRule({
    id: 'appointedd-api-key',
    provider: 'Appointedd',
    family: 'saas',
    description: 'Appointedd API key',
    names: ['appointedd'],
    keywords: ['appointedd'],
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4,
    envName: 'APPOINTEDD_API_KEY',
    docsUrl: 'https://developers.appointedd.com/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in Appointedd under Settings → API keys.',
    sample: (g) => `${g.base64(86)}==`,
  }),
];
