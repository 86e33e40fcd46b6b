// SERPHouse: sERPHouse API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const serphouseRules: Rule[] = [
  contextRule({
    id: 'serphouse-api-key',
    provider: 'SERPHouse',
    family: 'saas',
    description: 'SERPHouse API key',
    names: ['serphouse'],
    keywords: ['serphouse'],
    value: '[A-Za-z0-9]{60}',
    envName: 'SERPHOUSE_API_KEY',
    docsUrl: 'https://docs.serphouse.com/',
    revocationUrl: null,
    revocationNote: 'SERPHouse has no public revocation link: regenerate (reset) the key in your SERPHouse dashboard, then update every place that uses it.',
    sample: (g) => g.alnum(60),
  }),
];
