// Bybit: Bybit API secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const bybitRules: Rule[] = [
  contextRule({
    id: 'bybit-api-secret',
    provider: 'Bybit',
    family: 'payments',
    description: 'Bybit API secret',
    names: ['bybit[a-z_-]{0,12}secret'],
    keywords: ['bybit'],
    value: '[A-Za-z0-9]{36}',
    envName: 'BYBIT_API_SECRET',
    docsUrl: 'https://bybit-exchange.github.io/docs/v5/guide',
    revocationUrl: 'https://www.bybit.com/app/user/api-management',
    sample: (g) => g.alnum(36),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['bybit[_-]?(?:api[_-]?)?key'], value: '[A-Za-z0-9]{18}', envName: 'BYBIT_API_KEY' })],
    positives: (g) => [`BYBIT_API_KEY=${g.p(g.alnum(18))}\nBYBIT_API_SECRET=${g.s(g.alnum(36))}\n`],
  }),
];
