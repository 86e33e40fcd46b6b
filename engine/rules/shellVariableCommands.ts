// Variables set by a command that takes the name and the value as two words, without `=`: fish's `set -x NAME
// VALUE` / `set -gx NAME VALUE` (its only way to export), csh/tcsh `setenv NAME VALUE`, macOS `launchctl setenv NAME
// VALUE` (found while tuning on rw-dev7's command-line part: fish histories and shell dotfiles), Windows `setx NAME
// VALUE` (rw-dev8: persisted user and machine variables). The name says
// whether the value is a password or a token, as for `export NAME=VALUE` (shell-secret-assignment).
import type { MatchContext, Rule } from '../types';
import { ARG_VALUE, literalOfKind, quotedConsistently } from './cliRuleBuilder';
import { flagValueKind, PASSWORD_VARIABLES } from './commandLine';
import { humanPassword } from './humanPasswords';

function validate(secret: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  const kind = PASSWORD_VARIABLES.has(key.toUpperCase()) ? 'password' : flagValueKind(key);
  if (!kind || secret.startsWith('-')) return false;
  return quotedConsistently(ctx) && literalOfKind(secret, kind);
}

export const shellVariableCommandRules: Rule[] = [
  {
    id: 'shell-set-variable-secret',
    provider: 'Command line',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token set as a variable by name and value (fish set -x NAME VALUE, csh setenv NAME VALUE, launchctl setenv, Windows setx)',
    keywords: ['set -', 'set --', 'setenv', 'setx'],
    keywordWindow: { before: 16, after: 280 },
    // fish's flags: -x/--export, -g/--global, -U/--universal, -l/--local, -u/--unexport, combined (`-gx`).
    pattern: new RegExp(
      `(?<![\\w-])(?:set(?:[ \\t]{1,4}-(?:[gxUlu]{1,4}|-(?:export|global|universal|local))){1,3}|setenv|launchctl[ \\t]{1,4}setenv|setx)[ \\t]{1,4}(?<key>[A-Za-z_][A-Za-z0-9_]{0,79})[ \\t]{1,4}["']?(?<secret>${ARG_VALUE})`,
    ),
    skipPlaceholderCheck: true,
    validate,
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://fishshell.com/docs/current/cmds/set.html',
    revocationUrl: null,
    revocationNote: 'Change this password (or revoke the token) where it was issued; shell history and dotfiles keep what was typed. Read it from a secret store instead.',
    examples: {
      positives: (g) => [
        `set -x PGPASSWORD ${g.s(humanPassword(g))}`,
        `- cmd: set -gx API_TOKEN ${g.s(g.alnum(32))}\n  when: 1764500300`,
        `set -Ux DB_PASSWORD '${g.s(humanPassword(g).replace(/[$'\\]/g, '!'))}'`,
        `launchctl setenv GITHUB_TOKEN ${g.s(g.alnum(40))}`,
        `setx API_TOKEN "${g.s(g.alnum(32))}" /M`,
        `C:\\> setx DB_PASSWORD ${g.s(humanPassword(g).replace(/[$'"\\%]/g, '!'))}`,
      ],
      // csh `setenv NAME VALUE` at a line start is also a config line for generic-secret-assignment (exact ties go to it).
      negatives: () => [
        'set -x PGPASSWORD (pass show db/prod)',
        'set -gx API_TOKEN $API_TOKEN',
        'set -e GITHUB_TOKEN',
        'set -x PATH $HOME/bin $PATH',
        'setenv DB_PASSWORD "$DB_PASSWORD"',
        'set -euo pipefail',
        'setx API_TOKEN %API_TOKEN%',
        'setx PATH "%PATH%;C:\\tools"',
      ],
    },
  },
];
