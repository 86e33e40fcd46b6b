// ScraperAPI: scraperAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const scraperapiRules: Rule[] = [
  contextRule({
    id: 'scraperapi-api-key',
    provider: 'ScraperAPI',
    family: 'saas',
    description: 'ScraperAPI key',
    names: ['scraperapi', 'scraper[_.-]api'],
    keywords: ['scraperapi', 'scraper_api', 'scraper-api', 'scraper.api'],
    value: '[a-f0-9]{32}',
    envName: 'SCRAPERAPI_KEY',
    docsUrl: 'https://docs.scraperapi.com/',
    revocationUrl: 'https://dashboard.scraperapi.com/',
    sample: (g) => g.hex(32),
  }),
];
