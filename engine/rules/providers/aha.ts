// Aha!: Aha! API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ahaRules: Rule[] = [
  contextRule({
    id: 'aha-api-key',
    provider: 'Aha!',
    family: 'saas',
    description: 'Aha! API key',
    names: ['aha[_-]?(?:io[_-]?)?api[_-]?(?:key|token)', 'aha[_-]?io[_-]?(?:key|token)'],
    keywords: ['aha_', 'aha-', 'ahaapi', 'ahaio'],
    value: '[a-f0-9]{64}',
    envName: 'AHA_API_KEY',
    docsUrl: 'https://www.aha.io/api',
    revocationUrl: null,
    revocationNote: 'Revoke the key under Settings → Personal → Developer → API keys, and create a new one.',
    sample: (g) => g.hex(64),
  }),
];
