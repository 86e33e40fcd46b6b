// AudD: AudD music recognition API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const auddRules: Rule[] = [
  contextRule({
    id: 'audd-api-token',
    provider: 'AudD',
    family: 'ai',
    description: 'AudD music recognition API token',
    names: ['audd[a-z_-]{0,12}(?:token|key)'],
    keywords: ['audd'],
    value: '[a-f0-9]{32}',
    envName: 'AUDD_API_TOKEN',
    docsUrl: 'https://docs.audd.io/',
    revocationUrl: 'https://dashboard.audd.io/',
    sample: (g) => g.hex(32),
  }),
];
