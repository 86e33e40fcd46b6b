// Snappy (besnappy): Snappy helpdesk API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const besnappyRules: Rule[] = [
  contextRule({
    id: 'besnappy-api-key',
    provider: 'Snappy (besnappy)',
    family: 'saas',
    description: 'Snappy helpdesk API key',
    names: ['besnappy', 'snappy[_-]?api[_-]?key'],
    keywords: ['besnappy', 'snappy_api', 'snappyapi', 'snappy-api'],
    value: '[a-f0-9]{64}',
    envName: 'SNAPPY_API_KEY',
    docsUrl: 'https://github.com/besnappy/api-docs',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under Account → API in Snappy.',
    sample: (g) => g.hex(64),
  }),
];
