// Autopilot: Autopilot (Ortto) API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const autopilotRules: Rule[] = [
  contextRule({
    id: 'autopilot-api-key',
    provider: 'Autopilot',
    family: 'saas',
    description: 'Autopilot (Ortto) API key',
    names: ['autopilot[_-]?(?:hq[_-]?)?api[_-]?key', 'autopilothq'],
    keywords: ['autopilot'],
    value: '[a-f0-9]{32}',
    envName: 'AUTOPILOT_API_KEY',
    docsUrl: 'https://autopilot.docs.apiary.io/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under Settings → Autopilot API, then update every integration.',
    sample: (g) => g.hex(32),
  }),
];
