// PartnerStack: partnerStack API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const partnerstackRules: Rule[] = [
  contextRule({
    id: 'partnerstack-api-key',
    provider: 'PartnerStack',
    family: 'saas',
    description: 'PartnerStack API key',
    names: ['partnerstack'],
    keywords: ['partnerstack'],
    value: '[A-Za-z0-9]{64}',
    envName: 'PARTNERSTACK_API_KEY',
    docsUrl: 'https://docs.partnerstack.com/docs/partnerstack-api',
    revocationUrl: null,
    revocationNote: 'PartnerStack has no public revocation link: regenerate (reset) the key in your PartnerStack settings (Integrations → PartnerStack API keys), then update every place that uses it.',
    sample: (g) => g.alnum(64),
  }),
];
