// ScrapeOwl: scrapeOwl API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const scrapeowlRules: Rule[] = [
  contextRule({
    id: 'scrapeowl-api-key',
    provider: 'ScrapeOwl',
    family: 'saas',
    description: 'ScrapeOwl API key',
    names: ['scrapeowl'],
    keywords: ['scrapeowl'],
    value: '[a-z0-9]{30}',
    envName: 'SCRAPEOWL_API_KEY',
    docsUrl: 'https://scrapeowl.com/docs',
    revocationUrl: null,
    revocationNote: 'ScrapeOwl has no public revocation link: regenerate (reset) the key in your ScrapeOwl dashboard, then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 30),
  }),
];
