// Mail and sync clients read a password from a command's output (msmtp `passwordeval`, mbsync `PassCmd`,
// offlineimap `remotepasseval`, aerc `source-cred-cmd`); the command is meant to ask a keyring or `pass`, but an
// `echo X` there is the password itself, in clear (`--passwordeval='echo X'` in a PHP sendmail_path, an msmtprc).
import { isLiteralPassword } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';

function validate(secret: string, ctx: MatchContext): boolean {
  if (!isLiteralPassword(secret) || /^[$%`]|^\$\(/.test(secret)) return false;
  // The echo's argument ends where its quote closes, or at a blank, a pipe or the option's end.
  const after = ctx.text.charAt(ctx.end);
  return after === '' || /[\s"'`;|)]/.test(after);
}

export const echoedPasswordCommandRules: Rule[] = [
  {
    id: 'password-command-echo',
    provider: 'Mail client',
    family: 'generic',
    priority: 'context',
    description: "Password echoed by a client's password command (msmtp passwordeval, mbsync PassCmd, offlineimap remotepasseval, aerc source-cred-cmd)",
    keywords: ['passwordeval', 'passcmd', 'remotepasseval', 'localpasseval', 'cred-cmd', 'password_command', 'password-command'],
    keywordWindow: { before: 4, after: 240 },
    pattern:
      /(?<![A-Za-z0-9_])(?:passwordeval|passcmd|remotepasseval|localpasseval|(?:source|outgoing)-cred-cmd|password[_-]command)["']?[ \t]{0,4}[= \t][ \t]{0,4}[("'`]{0,2}[ \t]{0,2}(?:echo|printf)(?:[ \t]{1,4}-[ne]{1,2})?[ \t]{1,4}["']?(?<secret>[^\s"'`;|)]{1,128})/i,
    skipPlaceholderCheck: false,
    validate,
    envName: 'MAIL_PASSWORD',
    severity: 'error',
    docsUrl: 'https://marlam.de/msmtp/msmtp.html#Authentication',
    revocationUrl: null,
    revocationNote: 'Change the mailbox password; let the password command read a keyring or `pass` entry instead of echoing the value.',
    examples: {
      positives: (g) => [
        `sendmail_path = "/usr/bin/msmtp -t --host=smtp.example.de --auth=on --user=shop@example.de --passwordeval='echo ${g.s(humanPassword(g))}'"`,
        `account work\nhost smtp.example.com\nuser me@example.com\npasswordeval "echo ${g.s(humanPassword(g))}"\n`,
        `IMAPAccount work\nHost imap.example.com\nPassCmd "echo ${g.s(g.alnum(16))}"\n`,
        `remotepasseval = echo ${g.s(humanPassword(g))}`,
      ],
      negatives: () => [
        'passwordeval "gpg -q --for-your-eyes-only --no-tty -d ~/.msmtp-password.gpg"',
        'PassCmd "pass show mail/work"',
        'passwordeval "echo $MAIL_PASSWORD"',
        "--passwordeval='echo ${SMTP_PASS}'",
        'remotepasseval = get_password("work")',
      ],
    },
  },
];
