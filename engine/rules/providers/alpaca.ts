// Alpaca: Alpaca trading API secret key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const alpacaRules: Rule[] = [
  contextRule({
    id: 'alpaca-api-secret',
    provider: 'Alpaca',
    family: 'payments',
    description: 'Alpaca trading API secret key',
    names: ['apca[_-]?api[_-]?secret', 'alpaca[a-z_-]{0,12}secret'],
    keywords: ['apca', 'alpaca'],
    value: '[A-Za-z0-9]{40}',
    envName: 'APCA_API_SECRET_KEY',
    docsUrl: 'https://docs.alpaca.markets/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key pair in the Alpaca dashboard (Home → API keys → Regenerate); paper and live accounts have separate keys.',
    sample: (g) => g.alnum(40),
    parts: [namedPart({ id: 'key-id', label: 'API key ID', names: ['apca[_-]?api[_-]?key', 'alpaca[a-z_-]{0,12}key[_-]?id', 'alpaca[_-]?api[_-]?key'], value: '[PA]K[A-Z0-9]{18}', envName: 'APCA_API_KEY_ID' })],
    positives: (g) => [`APCA_API_KEY_ID=${g.p(`PK${g.chars(UPPER_DIGITS, 18)}`)}\nAPCA_API_SECRET_KEY=${g.s(g.alnum(40))}\n`],
  }),
];
