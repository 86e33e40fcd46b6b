// Web Scraper Cloud: web Scraper Cloud API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const webscraperRules: Rule[] = [
  contextRule({
    id: 'webscraper-api-token',
    provider: 'Web Scraper Cloud',
    family: 'saas',
    description: 'Web Scraper Cloud API token',
    names: ['webscraper'],
    keywords: ['webscraper'],
    value: '[A-Za-z0-9]{60}',
    envName: 'WEBSCRAPER_API_TOKEN',
    docsUrl: 'https://webscraper.io/documentation/web-scraper-cloud/api',
    revocationUrl: 'https://cloud.webscraper.io/api',
    sample: (g) => g.alnum(60),
  }),
];
