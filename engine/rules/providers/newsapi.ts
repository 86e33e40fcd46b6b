// NewsAPI: newsAPI.org API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const newsapiRules: Rule[] = [
  contextRule({
    id: 'newsapi-api-key',
    provider: 'NewsAPI',
    family: 'saas',
    description: 'NewsAPI.org API key',
    names: ['newsapi', 'news[_.-]api'],
    keywords: ['newsapi', 'news_api', 'news-api', 'news.api'],
    value: '[a-f0-9]{32}',
    envName: 'NEWS_API_KEY',
    docsUrl: 'https://newsapi.org/docs/authentication',
    revocationUrl: 'https://newsapi.org/account',
    sample: (g) => g.hex(32),
  }),
];
