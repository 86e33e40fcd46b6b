// Zipcodebase: zipcodebase API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const zipcodebaseRules: Rule[] = [
  contextRule({
    id: 'zipcodebase-api-key',
    provider: 'Zipcodebase',
    family: 'saas',
    description: 'Zipcodebase API key',
    names: ['zipcodebase'],
    keywords: ['zipcodebase'],
    value: UUID,
    envName: 'ZIPCODEBASE_API_KEY',
    docsUrl: 'https://app.zipcodebase.com/documentation',
    revocationUrl: 'https://app.zipcodebase.com/',
    sample: (g) => g.uuid(),
  }),
];
