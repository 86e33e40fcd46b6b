// ScrapingBee: scrapingBee API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const scrapingbeeRules: Rule[] = [
  contextRule({
    id: 'scrapingbee-api-key',
    provider: 'ScrapingBee',
    family: 'saas',
    description: 'ScrapingBee API key',
    names: ['scrapingbee'],
    keywords: ['scrapingbee'],
    value: '[A-Z0-9]{80}',
    envName: 'SCRAPINGBEE_API_KEY',
    docsUrl: 'https://www.scrapingbee.com/documentation/',
    revocationUrl: 'https://app.scrapingbee.com/account/manage/api_key',
    sample: (g) => g.chars(UPPER_ALNUM, 80),
  }),
];
