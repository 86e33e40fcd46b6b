// Unkey root keys: `unkey_` and a base58 body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const unkeyRules: Rule[] = [
  tokenRule({
    id: 'unkey-root-key',
    provider: 'Unkey',
    family: 'infrastructure',
    description: 'Unkey root key',
    prefix: 'unkey_',
    body: '[1-9A-HJ-NP-Za-km-z]{16,40}',
    envName: 'UNKEY_ROOT_KEY',
    docsUrl: 'https://www.unkey.com/docs/security/root-keys',
    revocationUrl: 'https://app.unkey.com/settings/root-keys',
    sample: (g) => `unkey_${g.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 24)}`,
  }),
];
