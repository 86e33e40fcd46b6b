// BombBomb: BombBomb video email API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bombbombRules: Rule[] = [
  contextRule({
    id: 'bombbomb-api-key',
    provider: 'BombBomb',
    family: 'messaging',
    description: 'BombBomb video email API key',
    names: ['bomb[_-]?bomb'],
    keywords: ['bombbomb', 'bomb_bomb', 'bomb-bomb'],
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4,
    envName: 'BOMBBOMB_API_KEY',
    docsUrl: 'https://developer.bombbomb.com/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in BombBomb under Settings → Integrations → API.',
    sample: (g) => `${g.base64(86)}==`,
  }),
];
