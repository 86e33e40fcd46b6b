// Currents API (news): 48-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const currentsApiRules: Rule[] = [
  contextRule({
    id: 'currentsapi-api-key',
    provider: 'Currents API',
    family: 'saas',
    description: 'Currents API key',
    names: ['currents[_-]?api'],
    keywords: ['currents-api', 'currents_api', 'currentsapi'],
    value: '[A-Za-z0-9_-]{48}',
    envName: 'CURRENTS_API_KEY',
    docsUrl: 'https://currentsapi.services/en/docs/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on the Currents API profile page.',
    sample: (g) => g.base64url(48),
    negatives: (g) => [
      `CURRENTS_API_KEY="${g.base64url(51)}"`, // too long
      `CURRENTS_API_KEY="${g.base64url(24)}.${g.base64url(23)}"`, // a character outside the alphabet
    ],
  }),
];
