// The Odds API: the Odds API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const theOddsApiRules: Rule[] = [
  contextRule({
    id: 'the-odds-api-api-key',
    provider: 'The Odds API',
    family: 'saas',
    description: 'The Odds API key',
    names: ['theoddsapi', 'the[_.-]?odds[_.-]?api', 'odds[_.-]?api'],
    keywords: ['oddsapi', 'odds_api', 'odds-api', 'odds.api'],
    value: '[a-f0-9]{32}',
    envName: 'ODDS_API_KEY',
    docsUrl: 'https://the-odds-api.com/liveapi/guides/v4/',
    revocationUrl: 'https://the-odds-api.com/account/',
    sample: (g) => g.hex(32),
  }),
];
