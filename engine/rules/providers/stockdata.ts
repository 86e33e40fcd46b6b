// StockData.org (market data): 40-character API tokens, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const stockdataRules: Rule[] = [
  contextRule({
    id: 'stockdata-api-token',
    provider: 'StockData',
    family: 'saas',
    description: 'StockData.org API token',
    names: ['stockdata'],
    keywords: ['stockdata'],
    value: '[A-Za-z0-9]{40}',
    envName: 'STOCKDATA_API_TOKEN',
    docsUrl: 'https://www.stockdata.org/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the API token in the StockData.org dashboard.',
    sample: (g) => g.alnum(40),
  }),
];
