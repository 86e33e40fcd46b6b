// Zuplo API keys: `zpka_`, 32 hex digits and an 8-hex-digit checksum part.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const zuploRules: Rule[] = [
  tokenRule({
    id: 'zuplo-api-key',
    provider: 'Zuplo',
    family: 'infrastructure',
    description: 'Zuplo consumer API key',
    prefix: 'zpka_',
    body: '[a-f0-9]{32}_[a-f0-9]{8}',
    envName: 'ZUPLO_API_KEY',
    docsUrl: 'https://zuplo.com/docs/articles/api-key-management',
    revocationUrl: 'https://portal.zuplo.com/',
    revocationNote: 'Delete or roll the key in the Zuplo portal (Services → API Key Service → consumer).',
    sample: (g) => `zpka_${g.hex(32)}_${g.hex(8)}`,
  }),
];
