// ProxyCrawl (Crawlbase): proxyCrawl (Crawlbase) API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const proxycrawlRules: Rule[] = [
  contextRule({
    id: 'proxycrawl-api-token',
    provider: 'ProxyCrawl (Crawlbase)',
    family: 'saas',
    description: 'ProxyCrawl (Crawlbase) API token',
    names: ['proxycrawl', 'crawlbase'],
    keywords: ['proxycrawl', 'crawlbase'],
    value: '[A-Za-z0-9_-]{22}',
    envName: 'CRAWLBASE_TOKEN',
    docsUrl: 'https://crawlbase.com/docs/crawling-api/',
    revocationUrl: 'https://crawlbase.com/dashboard/account/docs',
    sample: (g) => g.base64url(22),
  }),
];
