// Scrapfly API keys: `scp-live-` / `scp-test-` and 32 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const scrapflyRules: Rule[] = [
  tokenRule({
    id: 'scrapfly-api-key',
    provider: 'Scrapfly',
    family: 'saas',
    description: 'Scrapfly API key',
    prefix: ['scp-live-', 'scp-test-'],
    body: '[a-f0-9]{32}',
    envName: 'SCRAPFLY_API_KEY',
    docsUrl: 'https://scrapfly.io/docs/project#api-key',
    revocationUrl: 'https://scrapfly.io/dashboard',
    sample: (g) => `scp-live-${g.hex(32)}`,
  }),
];
