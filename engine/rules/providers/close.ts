// Close CRM API keys: `api_` + 22 characters, a dot, 22 characters. "close" is a common word, so the name must say close CRM/API.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const closeRules: Rule[] = [
  contextRule({
    id: 'close-api-key',
    provider: 'Close',
    family: 'saas',
    description: 'Close CRM API key',
    names: ['close[_-]?(?:crm|io|api)'],
    keywords: ['close-api', 'close-crm', 'close-io', 'close_api', 'close_crm', 'close_io', 'closeapi', 'closecrm', 'closeio'],
    value: 'api_[A-Za-z0-9]{22}\\.[A-Za-z0-9]{22}',
    maskPrefix: /^api_/,
    envName: 'CLOSE_API_KEY',
    docsUrl: 'https://developer.close.com/topics/authentication/',
    revocationUrl: 'https://app.close.com/settings/developer/api-keys/',
    sample: (g) => `api_${g.alnum(22)}.${g.alnum(22)}`,
    negatives: (g) => [`CLOSE_API_KEY="api_${g.alnum(22)}${g.alnum(22)}"` /* no dot */],
  }),
];
