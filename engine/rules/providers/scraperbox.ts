// ScraperBox: scraperBox API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const scraperboxRules: Rule[] = [
  contextRule({
    id: 'scraperbox-api-token',
    provider: 'ScraperBox',
    family: 'saas',
    description: 'ScraperBox API token',
    names: ['scraperbox'],
    keywords: ['scraperbox'],
    value: '[A-Z0-9]{32}',
    envName: 'SCRAPERBOX_API_TOKEN',
    docsUrl: 'https://scraperbox.com/docs',
    revocationUrl: null,
    revocationNote: 'ScraperBox has no public revocation link: regenerate (reset) the key in your ScraperBox dashboard, then update every place that uses it.',
    sample: (g) => g.chars(UPPER_ALNUM, 32),
  }),
];
