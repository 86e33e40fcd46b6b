// A password-setting command fed by a here-document in a provisioning script (`passwd builder <<EOF`, `smbpasswd
// -s -a tester <<'PW'`, `vncpasswd -f <<EOF`): the tool reads the new password and its confirmation from the
// document's first two lines, so those lines are the password, in clear.
import { isLiteralPassword } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';

/** The command line that opens the document: a tool reading a new password from standard input; group 2 is the delimiter. */
const OPENER_LINE = /(?:^|[\s;|&(])(?:sudo[ \t]{1,4})?(?:passwd|smbpasswd|vncpasswd|kpasswd|pdbedit)(?:[ \t]{1,4}[^\s<|;&]{1,64}){0,4}[ \t]{0,4}<<-?[ \t]{0,2}(["']?)(\w{1,20})\1[ \t]*\r?$/;

/** The line ending at `end` (exclusive of its line break). */
function lineBefore(text: string, end: number): { line: string; start: number } {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return { line: text.slice(start, end), start };
}

function validate(secret: string, ctx: MatchContext): boolean {
  if (!isLiteralPassword(secret) || /^[$%`]/.test(secret)) return false;
  const valueLine = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  if (valueLine === 0) return false;
  const first = lineBefore(ctx.text, valueLine - 1);
  const opens = (line: string) => {
    const m = OPENER_LINE.exec(line);
    return m !== null && m[2] !== secret;
  };
  if (opens(first.line)) return true;
  // The confirmation: the second line, under a first line holding the same value.
  if (first.line.trim() !== secret || first.start === 0) return false;
  return opens(lineBefore(ctx.text, first.start - 1).line);
}

export const passwordHeredocRules: Rule[] = [
  {
    id: 'password-heredoc-input',
    provider: 'Shell',
    family: 'generic',
    priority: 'context',
    description: 'New password fed to passwd, smbpasswd or vncpasswd by a here-document (`passwd user <<EOF` / the password twice)',
    keywords: ['passwd', 'pdbedit'],
    // `passwd` is common in code (`/etc/passwd`, struct passwd): only texts holding a here-document are read.
    appliesToText: (text) => text.includes('<<'),
    keywordWindow: { before: 4, after: 400 },
    pattern: /(?<=<<-?[ \t]{0,2}["']?\w{1,20}["']?[ \t]{0,8}\r?\n(?:[ \t]{0,8}[^\s]{4,128}[ \t]{0,8}\r?\n)?)[ \t]{0,8}(?<secret>[^\s]{4,128})(?=[ \t]{0,8}\r?(?:\n|$))/,
    validate,
    envName: 'USER_PASSWORD',
    severity: 'error',
    docsUrl: 'https://man7.org/linux/man-pages/man1/passwd.1.html',
    revocationUrl: null,
    revocationNote: 'Set a new password for the account (passwd, smbpasswd), and have the script read it from a secret store instead of its own text.',
    examples: {
      positives: (g) => {
        const pw = humanPassword(g);
        return [`passwd builder <<EOF\n${g.s(pw)}\n${g.s(pw)}\nEOF\n`, `smbpasswd -s -a tester <<'PW'\n${g.s(g.alnum(14))}\nPW\n`];
      },
      negatives: () => ['passwd builder <<EOF\n$BUILDER_PW\n$BUILDER_PW\nEOF\n', 'cat <<EOF > /etc/passwd.note\nsome text here\nEOF\n', 'smbpasswd -s -a tester <<EOF\nEOF\n'],
    },
  },
];
