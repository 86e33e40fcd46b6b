// Tautulli: tautulli API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tautulliRules: Rule[] = [
  contextRule({
    id: 'tautulli-api-key',
    provider: 'Tautulli',
    family: 'infrastructure',
    description: 'Tautulli API key',
    names: ['tautulli'],
    keywords: ['tautulli'],
    value: '[a-f0-9]{32}',
    envName: 'TAUTULLI_API_KEY',
    docsUrl: 'https://github.com/Tautulli/Tautulli/wiki/Tautulli-API-Reference',
    revocationUrl: null,
    revocationNote: 'Generate a new API key in Tautulli (Settings → Web Interface → API key).',
    sample: (g) => g.hex(32),
  }),
];
