// Riot Games developer API keys: `RGAPI-` and a UUID.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const riotGamesRules: Rule[] = [
  tokenRule({
    id: 'riot-games-api-key',
    provider: 'Riot Games',
    family: 'saas',
    description: 'Riot Games API key',
    prefix: 'RGAPI-',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    envName: 'RIOT_API_KEY',
    docsUrl: 'https://developer.riotgames.com/docs/portal',
    revocationUrl: 'https://developer.riotgames.com/',
    revocationNote: 'Regenerate the key on the Riot developer portal dashboard.',
    sample: (g) => `RGAPI-${g.uuid()}`,
  }),
];
