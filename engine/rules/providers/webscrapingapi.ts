// WebScrapingAPI: webScrapingAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const webscrapingapiRules: Rule[] = [
  contextRule({
    id: 'webscrapingapi-api-key',
    provider: 'WebScrapingAPI',
    family: 'saas',
    description: 'WebScrapingAPI key',
    names: ['webscrapingapi', 'webscraping[_.-]api'],
    keywords: ['webscrapingapi', 'webscraping_api', 'webscraping-api', 'webscraping.api'],
    value: '[A-Za-z0-9]{32}',
    envName: 'WEBSCRAPINGAPI_KEY',
    docsUrl: 'https://docs.webscrapingapi.com/',
    revocationUrl: 'https://app.webscrapingapi.com/dashboard',
    sample: (g) => g.alnum(32),
  }),
];
