// Findl (company data): UUID API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const findlRules: Rule[] = [
  contextRule({
    id: 'findl-api-key',
    provider: 'Findl',
    family: 'saas',
    description: 'Findl API key',
    names: ['findl'],
    keywords: ['findl'],
    value: UUID,
    envName: 'FINDL_API_KEY',
    docsUrl: 'https://findl.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in your Findl account settings.',
    sample: (g) => g.uuid(),
  }),
];
