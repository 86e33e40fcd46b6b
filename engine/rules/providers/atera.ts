// Atera: Atera RMM API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ateraRules: Rule[] = [
  contextRule({
    id: 'atera-api-key',
    provider: 'Atera',
    family: 'infrastructure',
    description: 'Atera RMM API key',
    names: ['atera[a-z_-]{0,12}(?:key|token)'],
    keywords: ['atera'],
    value: '[a-f0-9]{32}',
    envName: 'ATERA_API_KEY',
    docsUrl: 'https://app.atera.com/apidocs',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under Admin → API in Atera; the old key stops working at once.',
    sample: (g) => g.hex(32),
  }),
];
