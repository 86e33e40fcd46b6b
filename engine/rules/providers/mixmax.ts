// Mixmax: mixmax API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const mixmaxRules: Rule[] = [
  contextRule({
    id: 'mixmax-api-token',
    provider: 'Mixmax',
    family: 'saas',
    description: 'Mixmax API token',
    names: ['mixmax'],
    keywords: ['mixmax'],
    value: UUID,
    envName: 'MIXMAX_API_TOKEN',
    docsUrl: 'https://developer.mixmax.com/reference/getting-started-with-the-api',
    revocationUrl: 'https://app.mixmax.com/dashboard/settings/integrations',
    sample: (g) => g.uuid(),
  }),
];
