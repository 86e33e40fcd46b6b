// Microsoft Bing: Bing Search / Maps API subscription key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bingRules: Rule[] = [
  contextRule({
    id: 'bing-search-subscription-key',
    provider: 'Microsoft Bing',
    family: 'ai',
    description: 'Bing Search / Maps API subscription key',
    names: ['bing[_-]?(?:search|maps|web|news|api|subscription|custom)[a-z_-]{0,20}(?:key|token)', 'bing[_-]?(?:api[_-]?)?key'],
    keywords: ['bing'],
    value: '[a-f0-9]{32}',
    envName: 'BING_SEARCH_KEY',
    docsUrl: 'https://learn.microsoft.com/en-us/bing/search-apis/bing-web-search/create-bing-search-service-resource',
    revocationUrl: 'https://portal.azure.com/',
    revocationNote: 'Regenerate the key under the Bing resource → Keys and Endpoint in the Azure portal.',
    sample: (g) => g.hex(32),
  }),
];
