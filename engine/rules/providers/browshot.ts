// Browshot: Browshot API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const browshotRules: Rule[] = [
  contextRule({
    id: 'browshot-api-key',
    provider: 'Browshot',
    family: 'saas',
    description: 'Browshot API key',
    names: ['browshot'],
    keywords: ['browshot'],
    value: '[A-Za-z0-9]{28}',
    envName: 'BROWSHOT_API_KEY',
    docsUrl: 'https://browshot.com/api/documentation',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Browshot dashboard (API key).',
    sample: (g) => g.alnum(28),
  }),
];
