// Walk Score: walk Score API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const walkscoreRules: Rule[] = [
  contextRule({
    id: 'walkscore-api-key',
    provider: 'Walk Score',
    family: 'saas',
    description: 'Walk Score API key',
    names: ['walkscore', 'walk[_.-]score'],
    keywords: ['walkscore', 'walk_score', 'walk-score', 'walk.score'],
    value: '[a-f0-9]{32}',
    envName: 'WALKSCORE_API_KEY',
    docsUrl: 'https://www.walkscore.com/professional/api.php',
    revocationUrl: null,
    revocationNote: 'Walk Score keys are issued by e-mail: ask Walk Score support to disable the key and request a new one.',
    sample: (g) => g.hex(32),
  }),
];
