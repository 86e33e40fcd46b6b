// Stormglass: stormglass API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const stormglassRules: Rule[] = [
  contextRule({
    id: 'stormglass-api-key',
    provider: 'Stormglass',
    family: 'saas',
    description: 'Stormglass API key',
    names: ['stormglass'],
    keywords: ['stormglass'],
    value: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    envName: 'STORMGLASS_API_KEY',
    docsUrl: 'https://docs.stormglass.io/#/authentication',
    revocationUrl: 'https://dashboard.stormglass.io/',
    sample: (g) => `${g.uuid()}-${g.uuid()}`,
  }),
];
