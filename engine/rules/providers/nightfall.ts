// Nightfall (data loss prevention) API keys: `NF-` and 32 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const nightfallRules: Rule[] = [
  tokenRule({
    id: 'nightfall-api-key',
    provider: 'Nightfall',
    family: 'saas',
    description: 'Nightfall API key',
    prefix: 'NF-',
    body: '[A-Za-z0-9]{32}',
    envName: 'NIGHTFALL_API_KEY',
    docsUrl: 'https://docs.nightfall.ai/docs/creating-an-api-key',
    revocationUrl: 'https://app.nightfall.ai/developer-platform/api-keys',
    sample: (g) => `NF-${g.alnum(32)}`,
  }),
];
