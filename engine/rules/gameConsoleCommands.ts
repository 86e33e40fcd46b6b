// Game-server passwords typed at a console rather than written to a config (found on rw-dev18's game part): Source,
// Rust and BattlEye console variables set with a blank (`rcon_password X` echoed in a console log, `+rcon.password
// "X"` on a launch line, `RConPassword X` in BattlEye's beserver.cfg, pasted into chat), and a Minecraft player's
// `/login X` or `/register X X` (AuthMe and its kind), which servers log as an issued command.
import { isLiteralPassword } from '../validators/literalArgument';
import type { Rule } from '../types';
import { humanPassword } from './humanPasswords';

/**
 * A typed password: no variable or slot, and not a plain lower-case word (a sentence's next word, or docs' `"word"`;
 * a quoted word ending a server.cfg line is the Valve-style config rule's to judge).
 */
function consolePassword(secret: string): boolean {
  return !/^[$%{<[]/.test(secret) && isLiteralPassword(secret) && !/^[a-z]+$/.test(secret);
}

export const gameConsoleCommandRules: Rule[] = [
  {
    id: 'game-console-password-variable',
    provider: 'Game server',
    family: 'generic',
    priority: 'context',
    description: 'Game-server password console variable set with a blank (`rcon_password X`, `+rcon.password "X"`, BattlEye `RConPassword X`)',
    keywords: ['rcon_password', 'rcon.password', 'rconpassword', 'sv_password', 'tv_password'],
    keywordWindow: { before: 2, after: 150 },
    pattern: /(?<![\w.])\+?(?:rcon_password|sv_password|tv_password|rcon\.password|R[Cc]on[Pp]assword)[ \t]{1,4}"?(?<secret>[^\s"]{1,128})(?="|[ \t;]|\r?\n|$)/,
    skipPlaceholderCheck: true,
    validate: consolePassword,
    envName: 'RCON_PASSWORD',
    severity: 'error',
    docsUrl: 'https://developer.valvesoftware.com/wiki/Source_RCON_Protocol',
    revocationUrl: null,
    revocationNote: 'Set a new RCON or server password in the server config and restart the server; anyone holding the old one can run console commands.',
    examples: {
      positives: (g) => [
        `] rcon_password ${g.s(humanPassword(g))}\n] status\n`,
        `./RustDedicated -batchmode +server.port 28015 +rcon.password "${g.s(g.alnum(16))}" +rcon.web 1`,
        `RConPassword ${g.s(humanPassword(g))}\nRestrictRCon 0\n`,
        `[19:06] Ola: rcon_password ${g.s(humanPassword(g))} only for staff\n`,
      ],
      negatives: () => [
        '"sv_password" = "" ( def. "" )\n',
        'rcon_password "$RCON_PASSWORD"\n',
        'Set rcon_password in server.cfg before you open the port.\n',
        'rcon_password <password>\n',
        '+rcon.password %RCON_PW% +rcon.web 1',
      ],
    },
  },
  {
    id: 'minecraft-login-command',
    provider: 'Game server',
    family: 'generic',
    priority: 'context',
    description: 'Password a Minecraft player typed in `/login X` or `/register X X`, logged as an issued server command',
    keywords: ['issued server command'],
    keywordWindow: { before: 0, after: 120 },
    pattern: /issued server command: \/(?:login|log|l|register|reg|changepassword|changepass)[ \t]{1,2}(?<secret>[^\s]{1,64})/,
    skipPlaceholderCheck: true,
    validate: (secret) => !/^[<[{]/.test(secret) && isLiteralPassword(secret),
    envName: 'PLAYER_PASSWORD',
    severity: 'error',
    docsUrl: 'https://github.com/AuthMe/AuthMeReloaded',
    revocationUrl: null,
    revocationNote: 'Have the player change the password (`/changepassword`), and keep login commands out of the server log (AuthMe hides them when its log filter is on).',
    examples: {
      positives: (g) => {
        const pw = humanPassword(g);
        return [
          `[19:25:02] [Server thread/INFO]: ghastlybob issued server command: /login ${g.s(humanPassword(g))}\n`,
          `[19:25:40] [Server thread/INFO]: Steve issued server command: /register ${g.s(pw)} ${pw}\n`,
        ];
      },
      negatives: () => ['[19:25:02] [Server thread/INFO]: ghastlybob issued server command: /login <password>\n', '[19:25:02] [Server thread/INFO]: Steve issued server command: /list\n'],
    },
  },
];
