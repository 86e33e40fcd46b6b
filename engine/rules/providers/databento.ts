// Databento (market data): API keys are `db-` + 29 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const databentoRules: Rule[] = [
  contextRule({
    id: 'databento-api-key',
    provider: 'Databento',
    family: 'payments',
    description: 'Databento API key',
    names: ['databento'],
    keywords: ['databento'],
    value: 'db-[A-Za-z0-9]{25,32}',
    maskPrefix: /^db-/,
    envName: 'DATABENTO_API_KEY',
    docsUrl: 'https://databento.com/docs/portal/api-keys',
    revocationUrl: 'https://databento.com/portal/keys',
    sample: (g) => `db-${g.alnum(29)}`,
    negatives: (g) => [`DATABENTO_API_KEY="db-${g.alnum(12)}"` /* short */, `DATABENTO_API_KEY="${g.alnum(32)}"` /* no db- prefix */],
  }),
];
