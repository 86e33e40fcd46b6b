// Passwords given as what an account has or uses, or in parentheses at the end of a line about the password
// (rw-dev, rw-dev7, rw-dev9, rw-dev10):
// - `ACL user "ops" has X`, `SMTP relay user mm-notify has pass X`, `the demo SMTP user uses X`: an account's value;
// - `change ilo password on esx-03 (currently X)`, `root-PW haben JK und ML (X)`: the line names the password and the
//   value closes it in parentheses.
// Both take only a generated or chosen-looking value (letters with digits and a capital or symbol).
import type { MatchContext, Rule } from '../types';
import { isPlaceholder } from '../validators/placeholder';
import { humanPassword } from './humanPasswords';
import { base, lineAround, looksLikeCode, proseApplies, prosePassword, strongLooking, VALUE } from './prose';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT } from './proseFollowup';

/** A ticket, change or document number, a version, a hash: a reference in parentheses, not a password. */
const REFERENCE = /^(?:[A-Z]{2,12}-[0-9]{1,8}|v?[0-9]+(?:\.[0-9]+)+|[0-9a-f]{6,40}|[0-9]+)$/;

function chosenValue(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (isPlaceholder(value) || !prosePassword(value, ctx) || REFERENCE.test(value)) return false;
  return strongLooking(value) && /[A-Z!@#$%^&*+=?~_-]/.test(value) && value.length >= 8;
}

function validateAccountHas(value: string, ctx: MatchContext): boolean {
  if (!chosenValue(value, ctx)) return false;
  // A snake_case name with a password word in it names a format or a field (sqlmap's `(md5_generic_passwd)`).
  if (/_/.test(value) && /(?:^|_)(?:passwd|password|pwd|hash)(?:_|$)/i.test(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  return !NOT_A_VALUE_LINE.test(line.slice(0, ctx.start - lineStart));
}

function validateLineParenthesised(value: string, ctx: MatchContext): boolean {
  if (!chosenValue(value, ctx)) return false;
  // A snake_case name with a password word in it names a format or a field (sqlmap's `(md5_generic_passwd)`).
  if (/_/.test(value) && /(?:^|_)(?:passwd|password|pwd|hash)(?:_|$)/i.test(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  const open = before.lastIndexOf('(');
  // The password is named before the parentheses on this line, which say nothing else about it.
  return open > 0 && PASSWORD_CONTEXT.test(before.slice(0, open)) && !NOT_A_VALUE_LINE.test(before);
}

export const proseAccountHasRules: Rule[] = [
  {
    ...base,
    id: 'prose-account-has-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given as what an account has or uses (ACL user "ops" has X, the demo SMTP user uses X)',
    keywords: [' has ', ' uses ', ' has pass', ' uses pass'],
    keywordWindow: { before: 56, after: 64 },
    pattern: new RegExp(
      `(?<![A-Za-z])(?:user|account|login)(?:[ \\t]{1,2}["'\`]?[\\w.@-]{1,40}["'\`]?)?[ \\t]{1,2}(?:still[ \\t]{1,2})?(?:has|uses)[ \\t]{1,2}(?:(?:the[ \\t]{1,2})?(?:pass|password|pw|pwd)[ \\t]{1,2})?[\`"']?(?<secret>${VALUE})`,
      'i',
    ),
    validate: validateAccountHas,
    examples: {
      positives: (g) => [
        `[02:19] yuna.p: ACL user "ops" has ${g.s(humanPassword(g))}`,
        `@hanna.b: also SMTP relay user mm-notify has pass ${g.s(humanPassword(g))} per the old runbook, still valid?`,
        `  author: yes it is. Also the demo SMTP user uses ${g.s(humanPassword(g))}. Will move both.`,
      ],
      negatives: (g) => [
        'The admin user has SSO2FA enabled.',
        'Each user has read access to the dashboards.',
        'The service account uses OAuth2 client credentials.',
        `The user has ${g.digits(2)} open sessions.`,
        'The user has a password policy of 12 characters.',
        'Our login uses SHA-256 hashes.',
        `The build user uses v${g.digits(1)}.${g.digits(1)}.${g.digits(1)} of the image.`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-password-line-parenthesised',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password in parentheses closing a line that names the password (change ilo password on esx-03 (currently X))',
    keywords: ['password', 'passwort', 'kennwort', '-pw ', '-pw', ' pw '],
    keywordWindow: { before: 8, after: 160 },
    pattern: new RegExp(`\\((?:(?:currently|now|aktuell|derzeit|actuellement|actualmente|attualmente|atualmente)[ \\t:]{1,2})?(?<secret>${VALUE})\\)[ \\t]*(?:$|[\\r\\n])`, 'iu'),
    validate: validateLineParenthesised,
    examples: {
      positives: (g) => [`- change ilo password on esx-03 (currently ${g.s(humanPassword(g))})\n`, `   - neuer Server läuft, root-PW haben JK und ML (${g.s(humanPassword(g))})\n`],
      negatives: (g) => [
        'Choose a strong password (e.g. Tr0ub4dor&3)\n',
        'Rotate the password (see SEC-4338)\n',
        `The password hash changed (Sha256Crypt${g.digits(2)})\n`,
        `Password reset flow fixed (v${g.digits(1)}.${g.digits(1)}.${g.digits(1)})\n`,
        `password policy updated (PolicyV${g.digits(2)}!)\n`,
        `Reset the password (${g.hex(12)})\n`,
        "[14:22:07] [INFO] cracked password '(see table)' via dictionary attack (md5_generic_passwd)\n",
      ],
    },
  },
];
