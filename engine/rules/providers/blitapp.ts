// Blitapp: Blitapp API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const blitappRules: Rule[] = [
  contextRule({
    id: 'blitapp-api-key',
    provider: 'Blitapp',
    family: 'saas',
    description: 'Blitapp API key',
    names: ['blit[_-]?app'],
    keywords: ['blitapp', 'blit_app', 'blit-app'],
    value: '[A-Za-z0-9_-]{39}',
    envName: 'BLITAPP_API_KEY',
    docsUrl: 'https://blitapp.com/api/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Blitapp under Account → API.',
    sample: (g) => g.base64url(39),
  }),
];
