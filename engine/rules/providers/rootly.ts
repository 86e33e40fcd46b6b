// Rootly (incident management) API keys: `rootly_` and 64 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const rootlyRules: Rule[] = [
  tokenRule({
    id: 'rootly-api-key',
    provider: 'Rootly',
    family: 'observability',
    description: 'Rootly API key',
    prefix: 'rootly_',
    body: '[a-f0-9]{64}',
    envName: 'ROOTLY_API_TOKEN',
    docsUrl: 'https://docs.rootly.com/api-reference/overview',
    revocationUrl: 'https://rootly.com/account/api_keys',
    sample: (g) => `rootly_${g.hex(64)}`,
  }),
];
