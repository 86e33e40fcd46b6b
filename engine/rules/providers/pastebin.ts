// Pastebin: pastebin API developer key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pastebinRules: Rule[] = [
  contextRule({
    id: 'pastebin-api-dev-key',
    provider: 'Pastebin',
    family: 'saas',
    description: 'Pastebin API developer key',
    names: ['pastebin'],
    keywords: ['pastebin'],
    value: '[A-Za-z0-9_]{32}',
    envName: 'PASTEBIN_API_KEY',
    docsUrl: 'https://pastebin.com/doc_api',
    revocationUrl: 'https://pastebin.com/doc_api#1',
    sample: (g) => g.alnum(32),
  }),
];
