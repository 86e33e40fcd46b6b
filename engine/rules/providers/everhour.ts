// Everhour API keys: hex groups of 4-4-6-6-8.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const everhourRules: Rule[] = [
  contextRule({
    id: 'everhour-api-key',
    provider: 'Everhour',
    family: 'saas',
    description: 'Everhour API key',
    names: ['everhour'],
    keywords: ['everhour'],
    value: '[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8}',
    envName: 'EVERHOUR_API_KEY',
    docsUrl: 'https://everhour.docs.apiary.io/#introduction/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in Everhour → Profile → Application Access.',
    sample: (g) => `${g.hex(4)}-${g.hex(4)}-${g.hex(6)}-${g.hex(6)}-${g.hex(8)}`,
    negatives: (g) => [`EVERHOUR_API_KEY="${g.uuid()}"` /* UUID grouping */],
  }),
];
