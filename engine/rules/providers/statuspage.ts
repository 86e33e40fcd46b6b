// Statuspage (Atlassian): statuspage API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const statuspageRules: Rule[] = [
  contextRule({
    id: 'statuspage-api-key',
    provider: 'Statuspage (Atlassian)',
    family: 'observability',
    description: 'Statuspage API key',
    names: ['statuspage'],
    keywords: ['statuspage'],
    value: UUID,
    envName: 'STATUSPAGE_API_KEY',
    docsUrl: 'https://developer.statuspage.io/#section/Authentication',
    revocationUrl: 'https://manage.statuspage.io/login',
    sample: (g) => g.uuid(),
  }),
];
