// BitMEX: BitMEX API secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const bitmexRules: Rule[] = [
  contextRule({
    id: 'bitmex-api-secret',
    provider: 'BitMEX',
    family: 'payments',
    description: 'BitMEX API secret',
    names: ['bitmex[a-z_-]{0,12}secret'],
    keywords: ['bitmex'],
    value: '[A-Za-z0-9_-]{48}',
    envName: 'BITMEX_API_SECRET',
    docsUrl: 'https://www.bitmex.com/app/apiKeysUsage',
    revocationUrl: 'https://www.bitmex.com/app/apiKeys',
    sample: (g) => g.base64url(48),
    parts: [namedPart({ id: 'api-key-id', label: 'API key ID', names: ['bitmex[_-]?(?:api[_-]?)?(?:key[_-]?id|key)'], value: '[A-Za-z0-9_-]{24}', envName: 'BITMEX_API_KEY' })],
    positives: (g) => [`BITMEX_API_KEY=${g.p(g.base64url(24))}\nBITMEX_API_SECRET=${g.s(g.base64url(48))}\n`],
  }),
];
