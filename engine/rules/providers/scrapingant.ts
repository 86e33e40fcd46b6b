// ScrapingAnt: scrapingAnt API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const scrapingantRules: Rule[] = [
  contextRule({
    id: 'scrapingant-api-key',
    provider: 'ScrapingAnt',
    family: 'saas',
    description: 'ScrapingAnt API key',
    names: ['scrapingant'],
    keywords: ['scrapingant'],
    value: '[a-f0-9]{32}',
    envName: 'SCRAPINGANT_API_KEY',
    docsUrl: 'https://docs.scrapingant.com/',
    revocationUrl: 'https://app.scrapingant.com/dashboard',
    sample: (g) => g.hex(32),
  }),
];
