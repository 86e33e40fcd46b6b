// Tavily (AI search) API keys: `tvly-`, an optional `dev-`/`prod-` marker and 32 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const tavilyRules: Rule[] = [
  tokenRule({
    id: 'tavily-api-key',
    provider: 'Tavily',
    family: 'ai',
    description: 'Tavily API key',
    prefix: ['tvly-dev-', 'tvly-prod-', 'tvly-'],
    body: '[A-Za-z0-9]{32}',
    envName: 'TAVILY_API_KEY',
    docsUrl: 'https://docs.tavily.com/documentation/api-reference/introduction',
    revocationUrl: 'https://app.tavily.com/home',
    sample: (g) => `tvly-dev-${g.alnum(32)}`,
  }),
];
