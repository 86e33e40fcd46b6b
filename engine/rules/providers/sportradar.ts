// Sportradar: sportradar API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sportradarRules: Rule[] = [
  contextRule({
    id: 'sportradar-api-key',
    provider: 'Sportradar',
    family: 'saas',
    description: 'Sportradar API key',
    names: ['sportradar'],
    keywords: ['sportradar'],
    value: '[A-Za-z0-9]{24}',
    envName: 'SPORTRADAR_API_KEY',
    docsUrl: 'https://developer.sportradar.com/getting-started/docs/get-started',
    revocationUrl: 'https://console.sportradar.com/',
    sample: (g) => g.alnum(24),
  }),
];
