// Steam: steam Web API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const steamRules: Rule[] = [
  contextRule({
    id: 'steam-web-api-key',
    provider: 'Steam',
    family: 'saas',
    description: 'Steam Web API key',
    names: ['steam[_.-]?(?:web[_.-]?)?api[_.-]?key', 'steam[_.-]?key'],
    keywords: ['steam'],
    value: '[A-F0-9]{32}',
    envName: 'STEAM_API_KEY',
    docsUrl: 'https://steamcommunity.com/dev',
    revocationUrl: 'https://steamcommunity.com/dev/apikey',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
