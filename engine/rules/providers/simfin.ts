// SimFin: simFin API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const simfinRules: Rule[] = [
  contextRule({
    id: 'simfin-api-key',
    provider: 'SimFin',
    family: 'saas',
    description: 'SimFin API key',
    names: ['simfin'],
    keywords: ['simfin'],
    value: '[A-Za-z0-9]{32}',
    envName: 'SIMFIN_API_KEY',
    docsUrl: 'https://simfin.readme.io/',
    revocationUrl: 'https://app.simfin.com/data/api',
    sample: (g) => g.alnum(32),
  }),
];
