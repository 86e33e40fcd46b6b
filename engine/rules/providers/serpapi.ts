// SerpApi: serpApi private API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const serpapiRules: Rule[] = [
  contextRule({
    id: 'serpapi-api-key',
    provider: 'SerpApi',
    family: 'saas',
    description: 'SerpApi private API key',
    names: ['serpapi', 'serp[_.-]api'],
    keywords: ['serpapi', 'serp_api', 'serp-api', 'serp.api'],
    value: '[a-f0-9]{64}',
    envName: 'SERPAPI_API_KEY',
    docsUrl: 'https://serpapi.com/search-api',
    revocationUrl: 'https://serpapi.com/manage-api-key',
    sample: (g) => g.hex(64),
  }),
];
