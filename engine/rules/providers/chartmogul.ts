// ChartMogul: 32 hex-digit API keys, recognised by the provider name.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const chartmogulRules: Rule[] = [
  contextRule({
    id: 'chartmogul-api-key',
    provider: 'ChartMogul',
    family: 'saas',
    description: 'ChartMogul API key',
    names: ['chartmogul'],
    keywords: ['chartmogul'],
    value: '[a-fA-F0-9]{32}',
    envName: 'CHARTMOGUL_API_KEY',
    docsUrl: 'https://dev.chartmogul.com/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Delete the key in ChartMogul → Profile → API keys and create a new one.',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CHARTMOGUL_API_KEY="${g.hex(35)}"`, // too long
      `CHARTMOGUL_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
