// APImetrics: APImetrics API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apimetricsRules: Rule[] = [
  contextRule({
    id: 'apimetrics-api-key',
    provider: 'APImetrics',
    family: 'observability',
    description: 'APImetrics API key',
    names: ['api[_-]?metrics'],
    keywords: ['apimetrics', 'api_metrics', 'api-metrics'],
    value: '[A-Za-z0-9]{32}',
    envName: 'APIMETRICS_API_KEY',
    docsUrl: 'https://apimetrics.readme.io/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in APImetrics under Settings → API access, then issue a new one.',
    sample: (g) => g.alnum(32),
  }),
];
