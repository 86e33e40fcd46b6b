// Boost Note: Boost Note API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const boostnoteRules: Rule[] = [
  contextRule({
    id: 'boostnote-api-key',
    provider: 'Boost Note',
    family: 'saas',
    description: 'Boost Note API token',
    names: ['boost[_-]?note'],
    keywords: ['boostnote', 'boost_note', 'boost-note'],
    value: '[a-f0-9]{64}',
    envName: 'BOOSTNOTE_API_KEY',
    docsUrl: 'https://intercom.help/boostnote-for-teams/en/articles/4590937-public-api-documentation',
    revocationUrl: null,
    revocationNote: 'Delete the token in Boost Note under Settings → API and create a new one.',
    sample: (g) => g.hex(64),
  }),
];
