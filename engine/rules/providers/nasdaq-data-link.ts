// Nasdaq Data Link (Quandl): nasdaq Data Link (Quandl) API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nasdaqDataLinkRules: Rule[] = [
  contextRule({
    id: 'nasdaq-data-link-api-key',
    provider: 'Nasdaq Data Link (Quandl)',
    family: 'saas',
    description: 'Nasdaq Data Link (Quandl) API key',
    names: ['nasdaq', 'quandl'],
    keywords: ['nasdaq', 'quandl'],
    value: '[A-Za-z0-9_-]{20}',
    envName: 'NASDAQ_DATA_LINK_API_KEY',
    docsUrl: 'https://docs.data.nasdaq.com/docs/getting-started',
    revocationUrl: 'https://data.nasdaq.com/account/profile',
    sample: (g) => g.base64url(20),
  }),
];
