// Zenscrape: zenscrape API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const zenscrapeRules: Rule[] = [
  contextRule({
    id: 'zenscrape-api-key',
    provider: 'Zenscrape',
    family: 'saas',
    description: 'Zenscrape API key',
    names: ['zenscrape'],
    keywords: ['zenscrape'],
    value: UUID,
    envName: 'ZENSCRAPE_API_KEY',
    docsUrl: 'https://zenscrape.com/documentation',
    revocationUrl: 'https://app.zenscrape.com/',
    sample: (g) => g.uuid(),
  }),
];
