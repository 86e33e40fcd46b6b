// Request Finance: request Finance API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const requestFinanceRules: Rule[] = [
  contextRule({
    id: 'request-finance-api-key',
    provider: 'Request Finance',
    family: 'payments',
    description: 'Request Finance API key',
    names: ['requestfinance', 'request[_.-]finance'],
    keywords: ['requestfinance', 'request_finance', 'request-finance', 'request.finance'],
    value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}',
    envName: 'REQUEST_FINANCE_API_KEY',
    docsUrl: 'https://docs.request.finance/',
    revocationUrl: null,
    revocationNote: 'Request Finance has no public revocation link: regenerate (reset) the key in your Request Finance settings (API keys), then update every place that uses it.',
    sample: (g) => `${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}`,
  }),
];
