// Interseller (recruiting outreach): UUID API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const intersellerRules: Rule[] = [
  contextRule({
    id: 'interseller-api-key',
    provider: 'Interseller',
    family: 'saas',
    description: 'Interseller API key',
    names: ['interseller'],
    keywords: ['interseller'],
    value: UUID,
    envName: 'INTERSELLER_API_KEY',
    docsUrl: 'https://interseller.io/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Interseller → Settings → API.',
    sample: (g) => g.uuid(),
  }),
];
