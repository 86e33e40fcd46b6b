// Firecrawl API keys: `fc-` + 32 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const firecrawlRules: Rule[] = [
  tokenRule({
    id: 'firecrawl-api-key',
    provider: 'Firecrawl',
    family: 'ai',
    description: 'Firecrawl API key',
    prefix: 'fc-',
    body: '[a-f0-9]{32}',
    envName: 'FIRECRAWL_API_KEY',
    docsUrl: 'https://docs.firecrawl.dev/introduction',
    revocationUrl: 'https://www.firecrawl.dev/app/api-keys',
    sample: (g) => `fc-${g.hex(32)}`,
    negatives: (g) => [
      `FIRECRAWL_API_KEY="FC-${g.hex(32)}"`, // prefix in the wrong case
      `FIRECRAWL_API_KEY="fc-${g.alnum(32).toUpperCase()}"` /* not hex */,
    ],
  }),
];
