// Steam: steam Web API key, recognised by the provider named in the key or sent as `key=` to a Steam Web API host
// (`api.steampowered.com`, the publisher-only `partner.steam-api.com`); and the login token cache of a Steam account
// in steamcmd's `config/config.vdf` (`"ConnectCache" { "<crc>" "<token>" }`), which CI deploy actions take whole.
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
  {
    id: 'steam-web-api-key-request',
    provider: 'Steam',
    family: 'saas',
    priority: 'context',
    description: 'Steam Web API key sent as `key=` to a Steam Web API host (query string or form field)',
    keywords: ['steampowered.com', 'steam-api.com'],
    keywordWindow: { before: 300, after: 300 },
    pattern: /(?<=[?&\s"'])key=(?<secret>[A-F0-9]{32})(?![A-Za-z0-9])/,
    envName: 'STEAM_API_KEY',
    severity: 'error',
    docsUrl: 'https://partner.steamgames.com/doc/webapi_overview/auth',
    revocationUrl: 'https://steamcommunity.com/dev/apikey',
    examples: {
      positives: (g) => [
        `curl "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${g.s(g.chars(UPPER_HEX, 32))}&steamids=76561197960435530"`,
        `curl -s "https://partner.steam-api.com/ISteamApps/SetAppBuildLive/v2/" \\\n  -d "key=${g.s(g.chars(UPPER_HEX, 32))}" -d "appid=480"`,
      ],
      negatives: (g) => [
        `https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=$STEAM_KEY&steamids=1`,
        `https://api.steampowered.com/IFoo/Bar/v1/?key=${'0'.repeat(32)}`,
        `curl "https://example.com/?key=${g.chars(UPPER_HEX, 32)}"`,
      ],
    },
  },
  {
    id: 'steam-connect-cache-token',
    provider: 'Steam',
    family: 'saas',
    priority: 'context',
    description: 'Steam account login token cached in steamcmd\'s config.vdf (`"ConnectCache"`)',
    keywords: ['connectcache'],
    keywordWindow: { before: 2, after: 1400 },
    pattern: /"ConnectCache"\s{0,40}\{\s{0,40}"[0-9a-f]{8}"[ \t]{1,8}"(?<secret>[0-9a-f]{64,1200})"/,
    envName: 'STEAM_CONFIG_VDF',
    severity: 'error',
    docsUrl: 'https://github.com/game-ci/steam-deploy#configvdf',
    revocationUrl: 'https://store.steampowered.com/twofactor/manage',
    revocationNote: "Deauthorize all other devices in the account's Steam Guard settings, which ends the cached session, and change the build account's password.",
    examples: {
      positives: (g) => [
        `"ConnectCache"\n{\n\t"${g.hex(8)}"\t\t"${g.s(g.hex(320))}"\n}\n`,
        `"InstallConfigStore"\n{\n\t"Software"\n\t{\n\t\t"Valve"\n\t\t{\n\t\t\t"Steam"\n\t\t\t{\n\t\t\t\t"ConnectCache"\n\t\t\t\t{\n\t\t\t\t\t"${g.hex(8)}"\t\t"${g.s(g.hex(280))}"\n\t\t\t\t}\n`,
      ],
      negatives: (g) => [`"ConnectCache"\n{\n}\n`, `"ConnectCache"\n{\n\t"${g.hex(8)}"\t\t""\n}\n`],
    },
  },
];
