// Xata API keys: `xau_` and a random body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const xataRules: Rule[] = [
  tokenRule({
    id: 'xata-api-key',
    provider: 'Xata',
    family: 'database',
    description: 'Xata API key',
    prefix: 'xau_',
    body: '[A-Za-z0-9]{32,64}',
    envName: 'XATA_API_KEY',
    docsUrl: 'https://xata.io/docs/getting-started/api-keys',
    revocationUrl: 'https://app.xata.io/settings',
    sample: (g) => `xau_${g.alnum(36)}`,
  }),
];
