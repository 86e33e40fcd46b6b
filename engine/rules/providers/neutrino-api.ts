// Neutrino API: neutrino API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const neutrinoApiRules: Rule[] = [
  contextRule({
    id: 'neutrino-api-api-key',
    provider: 'Neutrino API',
    family: 'saas',
    description: 'Neutrino API key',
    names: ['neutrino[_.-]?api'],
    keywords: ['neutrinoapi', 'neutrino_api', 'neutrino-api', 'neutrino.api'],
    value: '[A-Za-z0-9]{48}',
    envName: 'NEUTRINO_API_KEY',
    docsUrl: 'https://www.neutrinoapi.com/api/api-basics/',
    revocationUrl: 'https://www.neutrinoapi.com/account/',
    sample: (g) => g.alnum(48),
  }),
];
