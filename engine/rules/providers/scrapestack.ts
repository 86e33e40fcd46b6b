// scrapestack: apilayer web scraping API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const scrapestackRules: Rule[] = [
  contextRule({
    id: 'scrapestack-access-key',
    provider: 'scrapestack',
    family: 'saas',
    description: 'scrapestack (apilayer) API access key',
    names: ['scrapestack'],
    keywords: ['scrapestack'],
    value: '[a-z0-9]{32}',
    envName: 'SCRAPESTACK_ACCESS_KEY',
    docsUrl: 'https://scrapestack.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the scrapestack dashboard (https://scrapestack.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
