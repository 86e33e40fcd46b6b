// Secrets of the game servers chat bots drive (found while tuning on rw-dev12's agent part): RCON passwords given to
// the RCON clients bots and crontabs run (mcrcon's `mcrcon -H host -P 25575 -p X "say …"`, gorcon's `rcon -a
// host:port -p X cmd`: their `-p` is the password while `-P` is the port; other tools' `-p` means other things, so the
// tool decides, engine/detect/shellCommand.ts), and the Steam game server login token a Source server is given by
// its console variable (`sv_setsteamaccount X` in server.cfg or `+sv_setsteamaccount X` on the srcds command line).
import type { Rule } from '../types';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

const gslt = (g: { chars(a: string, n: number): string }) => g.chars('0123456789ABCDEF', 32);

export const gameServerRules: Rule[] = [
  toolFlagRule({
    id: 'cli-rcon-password',
    description: 'Game-server RCON password given to mcrcon or rcon (-p)',
    envName: 'RCON_PASSWORD',
    docsUrl: 'https://github.com/Tiiffi/mcrcon',
    tools: ['mcrcon', 'rcon'],
    keywords: ['mcrcon', 'rcon -'],
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `mcrcon -H 127.0.0.1 -P 25575 -p ${g.s(humanPassword(g))} "say Restart in 5 minutes"`,
      `30 4 * * * /usr/local/bin/mcrcon -H 127.0.0.1 -p ${g.s(g.alnum(16))} save-all`,
      `rcon -a 10.0.0.5:27015 -p '${g.s(humanPassword(g))}' status`,
    ],
    // `-P` is mcrcon's port; a variable or a prompt is no literal.
    negatives: () => ['mcrcon -H 127.0.0.1 -P 25575 -p "$RCON_PASSWORD" list', 'mcrcon -H mc -P 25575 -t', 'rcon -a 127.0.0.1:25575 -p ${RCON_PASS} players', 'rcon -c rcon.yaml -e default status'],
  }),
  positionalRule({
    id: 'steam-game-server-login-token',
    provider: 'Steam',
    family: 'saas',
    description: 'Steam game server login token (GSLT) set with sv_setsteamaccount (server.cfg, srcds command line)',
    envName: 'STEAM_GSLT',
    docsUrl: 'https://steamcommunity.com/dev/managegameservers',
    keywords: ['sv_setsteamaccount'],
    lead: '\\+?sv_setsteamaccount[ \\t]{1,4}',
    kind: 'token',
    positives: (g) => [`hostname "Community 5v5"\nrcon_password "$RCON"\nsv_setsteamaccount ${g.s(gslt(g))}\nsv_lan 0\n`, `./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount ${g.s(gslt(g))} -port 27015`],
    negatives: () => ['sv_setsteamaccount $STEAM_GSLT', 'sv_setsteamaccount "<your token>"', '// sv_setsteamaccount <token> (get one at steamcommunity.com/dev/managegameservers)'],
  }),
];
