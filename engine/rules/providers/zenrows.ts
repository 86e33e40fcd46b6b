// ZenRows: zenRows API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zenrowsRules: Rule[] = [
  contextRule({
    id: 'zenrows-api-key',
    provider: 'ZenRows',
    family: 'saas',
    description: 'ZenRows API key',
    names: ['zenrows'],
    keywords: ['zenrows'],
    value: '[a-f0-9]{40}',
    envName: 'ZENROWS_API_KEY',
    docsUrl: 'https://docs.zenrows.com/universal-scraper-api/api-reference',
    revocationUrl: 'https://app.zenrows.com/builder',
    sample: (g) => g.hex(40),
  }),
];
