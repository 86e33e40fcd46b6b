// Financial Modeling Prep: 32-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const financialModelingPrepRules: Rule[] = [
  contextRule({
    id: 'financial-modeling-prep-api-key',
    provider: 'Financial Modeling Prep',
    family: 'payments',
    description: 'Financial Modeling Prep API key',
    names: ['financial[_-]?modeling[_-]?prep', 'fmp[_-]?api[_-]?key'],
    keywords: ['financialmodeling', 'financial_modeling', 'financial-modeling', 'fmp'],
    value: '[A-Za-z0-9]{32}',
    envName: 'FMP_API_KEY',
    docsUrl: 'https://site.financialmodelingprep.com/developer/docs',
    revocationUrl: 'https://site.financialmodelingprep.com/developer/docs/dashboard',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `FMP_API_KEY="${g.alnum(35)}"`, // too long
      `FMP_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
