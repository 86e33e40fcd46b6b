// OpenCage: openCage geocoding API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const opencageRules: Rule[] = [
  contextRule({
    id: 'opencage-api-key',
    provider: 'OpenCage',
    family: 'saas',
    description: 'OpenCage geocoding API key',
    names: ['opencage'],
    keywords: ['opencage'],
    value: '[a-f0-9]{32}',
    envName: 'OPENCAGE_API_KEY',
    docsUrl: 'https://opencagedata.com/api#authentication',
    revocationUrl: 'https://opencagedata.com/dashboard#api-keys',
    sample: (g) => g.hex(32),
  }),
];
