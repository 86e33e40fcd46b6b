// A password written into its own file by echo or printf (`echo "X" > /data/geth/pw.txt`, `echo 'X' > /tmp/ks_pass`,
// `printf '%s' X > secrets/db_password.txt`): the step before a node, a validator client or a container reads its
// `--password-file`. The file's name says what the value is: the command holds the password in clear (shell
// history, setup scripts, runbooks). Found while tuning on rw-dev24 (geth, Lighthouse keystore unlocks).
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { humanPassword, passphrase } from './humanPasswords';

/** File names such as `pw.txt`, `ks_pass`, `pass`, `db_password.txt`, `.vault_pass` and `wallet.pwd`, which hold one password each. */
const PASSWORD_FILE_NAME = /^(?:[\w.-]{0,40}[._-])?(?:pw|pwd|pass|passwd|password|passphrase|passfile|pwfile)(?:[._-][\w.-]{0,20})?$|^[\w.-]{0,40}(?:password|passwd|passphrase)[\w.-]{0,20}$/i;

/** The name of the file written: the redirection's target after its last slash. */
function fileNameAfter(text: string, end: number): string | undefined {
  const m = /^["']?[ \t]{0,4}>>?[ \t]{0,4}["']?([^\s"';|&<>]{1,200})/.exec(text.slice(end, end + 220));
  return m?.[1]?.split(/[\\/]/).pop();
}

function validate(value: string, ctx: MatchContext): boolean {
  const name = fileNameAfter(ctx.text, ctx.end);
  if (name === undefined || !PASSWORD_FILE_NAME.test(name)) return false;
  const quote = ctx.text.charAt(ctx.start - 1);
  // In double quotes or bare, `$` expands: a variable, not the value. A `key=value` line is a config file's (other rules).
  if ((quote !== "'" && value.includes('$')) || /^[A-Za-z_][\w.-]{0,40}[=:]/.test(value)) return false;
  return isLiteralPassword(value);
}

export const echoedPasswordFileRules: Rule[] = [
  {
    id: 'password-echoed-to-file',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password written into a file named for it by echo or printf (echo "X" > /data/geth/pw.txt)',
    // The file's name holds one of these; the echo stands before it on the line.
    keywords: ['pass', 'pwd', 'pw.', 'pw '],
    keywordWindow: { before: 200, after: 40 },
    pattern: /(?<![\w-])(?:echo(?:[ \t]{1,4}-[neE]{1,3})?|printf(?:[ \t]{1,4}["']%s(?:\\n)?["'])?)[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"'`|;&<>]{4,128})\k<q>[ \t]{0,4}>>?[ \t]{0,4}["']?[^\s"';|&<>]{1,200}/,
    validate,
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
    revocationUrl: null,
    revocationNote: 'Change the password; write the file from a secret store or a prompt (read -s), not from a literal on the command line.',
    examples: {
      positives: (g) => [
        `geth account new --datadir /data/geth\necho "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}_${g.digits(4)}!`)}" > /data/geth/pw.txt && chmod 600 /data/geth/pw.txt\n`,
        `echo '${g.s(g.alnum(16))}' > /tmp/ks_pass\nlighthouse account validator import --directory keys --password-file /tmp/ks_pass\n`,
        `printf '%s' '${g.s(passphrase(g))}' > /run/secrets/db_password.txt`,
        `echo -n ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}%`)} > ~/.vault_pass`,
      ],
      negatives: (g) => [
        'echo "$KEYSTORE_PASSWORD" > /tmp/ks_pass',
        'echo "${DB_PASSWORD}" > secrets/db_password.txt',
        'echo "changeme" > pw.txt',
        `echo "storePassword=${humanPassword(g)}" > android/key.properties`,
        // A file not named for a password: a version, a build id, a log.
        `echo "${g.hex(40)}" > build/commit.txt`,
        'echo "Password updated" > /var/log/passwd-sync.log',
        'echo Passwords >> notes.txt',
      ],
    },
  },
];
