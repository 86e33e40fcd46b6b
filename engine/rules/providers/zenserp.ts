// Zenserp: zenserp API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const zenserpRules: Rule[] = [
  contextRule({
    id: 'zenserp-api-key',
    provider: 'Zenserp',
    family: 'saas',
    description: 'Zenserp API key',
    names: ['zenserp'],
    keywords: ['zenserp'],
    value: UUID,
    envName: 'ZENSERP_API_KEY',
    docsUrl: 'https://zenserp.com/documentation/',
    revocationUrl: 'https://app.zenserp.com/',
    sample: (g) => g.uuid(),
  }),
];
