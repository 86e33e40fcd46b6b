// Passwords in expect scripts (Tcl `expect`, found while tuning on rw-dev9/rw-dev10's command lines): what a script
// `send`s after a password prompt is a password, whatever its variable is called. Two forms: a variable set at the top
// (`set enable "v"` … `expect "Password:"` / `send "$enable\r"`: the enable secret of a switch, named for the mode it
// unlocks) and the literal sent straight after the prompt (`expect "assword:"` / `send "v\r"`). The prompt decides what
// the value is, so no secret-looking name is needed; values sent after other prompts (`>`, `#`, a menu) are commands.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { humanPassword } from './humanPasswords';

// The text's verdict, kept for the next candidate of the same scan: `expect` is a keyword of every Jest test, and the
// `spawn` search reads the whole text.
let lastText: string | undefined;
let lastVerdict = false;

/**
 * An expect script: its file name, its `#!…expect` line, or `spawn` beside `expect` lines. The rules' text gate
 * (Rule.appliesToText) as well as their validators' first check: outside expect scripts (every Jest test says
 * `expect`) the rules' regexes never run.
 */
function isExpectScript(text: string, path: string | undefined): boolean {
  if (path !== undefined && /\.exp$/i.test(path)) return true;
  if (text === lastText) return lastVerdict;
  lastText = text;
  // `includes` first: a multi-line regex tries every position of the text, the plain search is many times faster.
  lastVerdict = /^#![^\n]{0,60}\bexpect\b/.test(text) || (text.includes('spawn') && /^[ \t]{0,12}spawn[ \t]/m.test(text) && /^[ \t]{0,12}expect[ \t]/m.test(text));
  return lastVerdict;
}

/** A prompt for a password or passphrase (`assword:`, `Enter passphrase`, `PIN:`, `Passwort:`, `contraseña`). */
const PASSWORD_PROMPT = /assword|passphrase|\bPIN\b|[Pp]asswort|[Cc]ontrase|[Mm]ot de passe|[Ss]enha|[Hh]as[lł]o|secret/;

/** The last `expect` clause before a `send` (at most 300 characters back): the prompt the send answers. */
const LAST_EXPECT =
  /\bexpect(?:_before|_after)?[ \t]{1,4}(?:-\w{1,10}[ \t]{1,4}){0,2}(?:"([^"\n]{0,80})"|\{([^}\n]{0,80})\}|(\S{1,80}))(?:[ \t][^\n]{0,80})?\r?\n(?:[ \t]{0,40}(?:#[^\n]{0,120})?\r?\n){0,3}[ \t]{0,40}(?:exp_)?send[ \t][^\n]{0,40}$/;

/** Whether the `send` at `at` answers a password prompt. */
function answersPasswordPrompt(text: string, at: number): boolean {
  const m = LAST_EXPECT.exec(text.slice(Math.max(0, at - 300), at));
  return m !== null && PASSWORD_PROMPT.test(m[1] ?? m[2] ?? m[3] ?? '');
}

const isPassword = (value: string) => isLiteralPassword(value) && passwordVerdict(value, 'password', { compoundWords: true }) === undefined;

/** `set NAME "v"`: the variable is sent (`send "$NAME\r"`, `send -- "${NAME}\r"`) after a password prompt somewhere. */
function validateSetVariable(value: string, ctx: MatchContext): boolean {
  if (!isExpectScript(ctx.text, ctx.path) || !isPassword(value)) return false;
  const name = /\bset[ \t]{1,4}([A-Za-z_]\w{0,40})[ \t]{1,4}["{]?$/.exec(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start))?.[1];
  if (name === undefined) return false;
  const sent = new RegExp(`\\b(?:exp_)?send[ \\t]{1,4}(?:-[\\w-]{1,10}[ \\t]{1,4}){0,2}["{]?\\$\\{?${name}\\b`, 'g');
  for (let m = sent.exec(ctx.text); m !== null; m = sent.exec(ctx.text)) if (answersPasswordPrompt(ctx.text, m.index + m[0].length)) return true;
  return false;
}

/** `send "v\r"` right after a password prompt. */
function validateSentLiteral(value: string, ctx: MatchContext): boolean {
  if (!isExpectScript(ctx.text, ctx.path) || !isPassword(value)) return false;
  return answersPasswordPrompt(ctx.text, ctx.start);
}

const base = {
  provider: 'expect',
  family: 'generic' as const,
  priority: 'context' as const,
  severity: 'warning' as const,
  skipPlaceholderCheck: false,
  envName: 'EXPECT_PASSWORD',
  docsUrl: 'https://www.tcl-lang.org/man/expect5.31/expect.1.html',
  revocationUrl: null,
  revocationNote: 'Change the password on the device or account, and give the script a key or read the password from the environment (`$env(PW)`) or a protected file.',
};

export const expectScriptRules: Rule[] = [
  {
    ...base,
    id: 'expect-password-variable',
    description: 'Password set in an expect script variable that is sent after a password prompt (set enable "…" … send "$enable\\r")',
    // The prompt clause the validator reads (LAST_EXPECT: `expect` and a blank, or its `_before` and `_after` forms), not
    // every `expect(` of a Jest test; and only in an expect script, decided once per text (a regex of line starts
    // would otherwise try every position of the whole text).
    keywords: ['expect ', 'expect\t', 'expect_before', 'expect_after'],
    appliesToText: isExpectScript,
    // A Tcl `set` at a line's start; the value quoted, braced or bare, alone on its line (or before `;` / a comment).
    pattern: /^[ \t]{0,12}set[ \t]{1,4}[A-Za-z_]\w{0,40}[ \t]{1,4}["{]?(?<secret>[^\s"{}[\]$\\;]{4,128})["}]?(?=[ \t]{0,8}(?:;|#|\r?\n|$))/m,
    validate: validateSetVariable,
    examples: {
      positives: (g) => [
        `#!/usr/bin/expect -f\nset user netops\nset enable "${g.s(humanPassword(g))}"\nspawn ssh $user@10.0.0.1\nexpect ">"\nsend "enable\\r"\nexpect "Password:"\nsend "$enable\\r"\nexpect "#"\n`,
        `set timeout 10\nset pw {${g.s(g.alnum(16))}}\nspawn sftp backup@nas.local\nexpect "*assword:"\nsend -- "$pw\\r"\nexpect "sftp>"\n`,
      ],
      negatives: (g) => [
        `#!/usr/bin/expect -f\nset host "${g.alnum(12)}"\nspawn ssh admin@$host\nexpect "Password:"\nsend "$env(SW_PASS)\\r"\n`,
        `#!/usr/bin/expect -f\nset cmd "${humanPassword(g)}"\nspawn telnet 10.0.0.1\nexpect ">"\nsend "$cmd\\r"\n`,
      ],
    },
  },
  {
    ...base,
    id: 'expect-sent-password',
    description: 'Password sent by an expect script right after a password prompt (expect "assword:" / send "…\\r")',
    keywords: ['send'],
    keywordWindow: { before: 10, after: 160 },
    pattern: /\b(?:exp_)?send[ \t]{1,4}(?:-[\w-]{1,10}[ \t]{1,4}){0,2}"(?<secret>[^\s"\\$[\]]{4,128})(?:\\r|\\n)"/,
    validate: validateSentLiteral,
    examples: {
      positives: (g) => [
        `#!/usr/bin/expect -f\nspawn ssh backup@nas.local\nexpect "*assword:"\nsend "${g.s(humanPassword(g))}\\r"\nexpect "$ "\n`,
        `spawn ssh-add /home/ci/.ssh/deploy_key\nexpect "Enter passphrase for"\nsend "${g.s(g.alnum(20))}\\r"\nexpect eof\n`,
      ],
      negatives: (g) => [
        `#!/usr/bin/expect -f\nspawn ssh backup@nas.local\nexpect "*assword:"\nsend "$env(NAS_PW)\\r"\n`,
        `#!/usr/bin/expect -f\nspawn telnet 10.0.0.1\nexpect ">"\nsend "${humanPassword(g)}\\r"\n`,
      ],
    },
  },
];
