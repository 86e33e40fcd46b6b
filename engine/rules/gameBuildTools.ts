// Credentials of the tools game studios build and ship with (found on rw-dev18's game part): SteamPipe uploads run
// `steamcmd +login <account> <password> +run_app_build …` from build scripts, BuildGraph and Jenkins (the password
// is the word after the account), and Perforce is driven with `p4 -u user -P <password> sync …`; its login tickets
// sit in `~/.p4tickets` (`host:port=user:<ticket>`) and in `p4 tickets` output (`host:port (user) <ticket>`).
import { isLiteralPassword } from '../validators/literalArgument';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { ARG_VALUE, positionalRule, quotedConsistently } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

const p4Ticket = (g: ExampleGen) => g.chars('0123456789ABCDEF', 32);

/** A typed password, not a variable of the build system (`$(SteamPassword)`, `%STEAM_PASS%`, `${{ … }}`). */
function steamPassword(secret: string, ctx: MatchContext): boolean {
  return !/^[$%{<]/.test(secret) && quotedConsistently(ctx) && isLiteralPassword(secret);
}

export const gameBuildToolRules: Rule[] = [
  {
    id: 'steamcmd-login-password',
    provider: 'Steam',
    family: 'saas',
    priority: 'context',
    description: 'Steam account password given to steamcmd after the account name (`+login builder X +run_app_build …`)',
    keywords: ['+login'],
    keywordWindow: { before: 0, after: 260 },
    // `+login anonymous +app_update …` has no password: the word after the account starts the next command (`+`).
    pattern: new RegExp(`(?<![\\w.-])\\+login[ \\t]{1,4}["']?[^\\s"'+]{1,64}["']?[ \\t]{1,4}(?!["']?\\+)["']?(?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: steamPassword,
    envName: 'STEAM_PASSWORD',
    severity: 'error',
    docsUrl: 'https://partner.steamgames.com/doc/sdk/uploading',
    revocationUrl: 'https://help.steampowered.com/en/wizard/HelpChangePassword',
    revocationNote: 'Change the build account password on Steam; log steamcmd in once by hand (Steam Guard caches the session in config.vdf) and keep the password out of build scripts.',
    examples: {
      positives: (g) => [
        `steamcmd +login builder ${g.s(humanPassword(g))} +run_app_build ../scripts/app_build_480.vdf +quit`,
        `builder\\steamcmd.exe +login "studio_build" "${g.s(g.alnum(16))}" +run_app_build ..\\scripts\\app.vdf +quit`,
        `<Spawn Exe="steamcmd.exe" Arguments="+login deploy ${g.s(humanPassword(g))} +run_app_build app.vdf +quit"/>`,
      ],
      negatives: () => [
        'steamcmd +login anonymous +app_update 896660 validate +quit',
        'steamcmd +login "$STEAM_USER" "$STEAM_PASS" +run_app_build app.vdf +quit',
        'steamcmd.exe +login %STEAM_USER% %STEAM_PASS% +run_app_build app.vdf +quit',
        'Arguments="+login $(SteamUser) $(SteamPassword) +run_app_build app.vdf +quit"',
        'Running: steamcmd.exe +login builder ******** +run_app_build app.vdf +quit',
      ],
    },
  },
  positionalRule({
    id: 'perforce-password-flag',
    provider: 'Perforce',
    description: 'Perforce password given to p4 with -P (`p4 -u user -P X sync //depot/...`)',
    envName: 'P4PASSWD',
    docsUrl: 'https://www.perforce.com/manuals/cmdref/Content/CmdRef/global.options.html',
    keywords: ['p4 -', 'p4.exe -'],
    // p4's global options before `-P`, each with its value (`-u user`, `-p ssl:host:1666`, `-c client`).
    lead: 'p4(?:\\.exe)?(?:[ \\t]{1,4}-[A-OQ-Za-z](?:[ \\t]{1,4}[^\\s-][^\\s]{0,100})?){0,6}[ \\t]{1,4}-P[ \\t]{1,4}',
    kind: 'password',
    positives: (g) => [`p4 -u buildfarm -P ${g.s(humanPassword(g))} sync //Game/Main/...@48213`, `p4 -p ssl:perforce:1666 -u ci -P "${g.s(g.alnum(14))}" changes -m3`],
    negatives: () => ['p4 -u buildfarm -P $P4PASSWD sync //Game/Main/...', 'p4 -p ssl:perforce:1666 -u ci login -a', 'p4 -P %P4PASSWD% info'],
  }),
  {
    id: 'perforce-ticket',
    provider: 'Perforce',
    family: 'saas',
    priority: 'context',
    description: 'Perforce login ticket in a tickets file (`host:1666=user:TICKET`) or in `p4 tickets` output (`host:1666 (user) TICKET`)',
    keywords: ['1666', 'p4ticket', 'p4 tickets'],
    keywordWindow: { before: 160, after: 260 },
    pattern: /(?<![\w.:-])(?:ssl[46]?:|tcp[46]?:)?[\w.-]{1,100}:[0-9]{2,5}(?:=[^\s:=()]{1,64}:|[ \t]\([^\s()]{1,64}\)[ \t])(?<secret>[0-9A-F]{32})(?![0-9A-Za-z])/,
    skipPlaceholderCheck: true,
    envName: 'P4TICKETS',
    severity: 'error',
    docsUrl: 'https://www.perforce.com/manuals/cmdref/Content/CmdRef/P4TICKETS.html',
    revocationUrl: null,
    revocationNote: 'Log the session out everywhere (`p4 logout -a` as that user, or `p4 logout -a user` as a super user), which invalidates the ticket.',
    examples: {
      positives: (g) => [
        `ssl:perforce.studio.local:1666=buildfarm:${g.s(p4Ticket(g))}\nlocalhost:1666=jdoe:${g.s(p4Ticket(g))}\n`,
        `$ p4 tickets\nssl:perforce.studio.local:1666 (buildfarm) ${g.s(p4Ticket(g))}\n`,
      ],
      negatives: (g) => [
        `P4PORT=ssl:perforce.studio.local:1666\nP4USER=buildfarm\n`,
        `ssl:10.20.0.15:1666 ${g.hex(2).toUpperCase()}:2F:71:0C:4B:E3:18:55:AA:6D:C0:91:7E:33:F4:02:8B:19:6A:D7\n`,
        `perforce:1666=jdoe:${'0'.repeat(32)}x\n`,
      ],
    },
  },
];
