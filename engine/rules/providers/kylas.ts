// Kylas (CRM): UUID API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const kylasRules: Rule[] = [
  contextRule({
    id: 'kylas-api-key',
    provider: 'Kylas',
    family: 'saas',
    description: 'Kylas CRM API key',
    names: ['kylas'],
    keywords: ['kylas'],
    value: UUID,
    envName: 'KYLAS_API_KEY',
    docsUrl: 'https://docs.kylas.io/',
    revocationUrl: null,
    revocationNote: 'Delete the API key in Kylas → Settings → API keys and create a new one.',
    sample: (g) => g.uuid(),
  }),
];
