// Dovecot with `auth_debug_passwords = yes` logs the password a client tried beside the stored one when they differ:
// `auth: Debug: passwd-file(lisa@acme.de,10.0.8.31): SHA512-CRYPT(<typed>) != '$6$…'` (rw-dev9's mail.log). The
// scheme's parentheses hold what the user typed, in the clear; the quoted side is the stored hash.
import { isLiteralPassword } from '../validators/literalArgument';
import type { Rule } from '../types';

/** Dovecot's password schemes (doveadm pw -l), as its debug lines name them. */
const SCHEME =
  '(?:PLAIN|CLEARTEXT|CRYPT|(?:SHA(?:256|512)|MD5|BLF|DES)-CRYPT|S?SHA(?:256|512)?|S?MD5|PLAIN-MD5|LDAP-MD5|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-(?:1|256)|PBKDF2|ARGON2I|ARGON2ID|NTLM|LANMAN|OTP|SKEY|RPA)(?:\\.[A-Z0-9]{3,6})?';

export const dovecotDebugPasswordRules: Rule[] = [
  {
    id: 'dovecot-debug-password-mismatch',
    provider: 'Logs',
    family: 'generic',
    priority: 'context',
    description: "Password a client tried, logged in the clear by Dovecot's auth debug (SCHEME(password) != 'stored')",
    keywords: [") != '"],
    keywordWindow: { before: 160, after: 8 },
    // The scheme right after the passdb's `(user,ip): ` prefix (or a blank), the typed value up to the closing
    // parenthesis that the mismatch sign follows.
    pattern: new RegExp(`(?<=[ \\t:])${SCHEME}\\((?<secret>[^\\n]{1,128}?)\\) != '`),
    validate: (secret) => isLiteralPassword(secret),
    envName: 'MAIL_PASSWORD',
    severity: 'error',
    docsUrl: 'https://doc.dovecot.org/2.3/settings/core/#core_setting-auth_debug_passwords',
    revocationUrl: null,
    revocationNote: 'Treat the logged value as exposed: it is the mailbox password or one close to it. Have the user change it, turn auth_debug_passwords off and purge the log.',
    examples: {
      positives: (g) => [
        `Oct  1 07:12:01 mx01 dovecot: auth: Debug: passwd-file(lisa@acme.de,10.0.8.31): SHA512-CRYPT(${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}`)}) != '$6$${g.alnum(16)}$${g.alnum(86)}'`,
        `Mar 12 09:40:11 mail dovecot: auth-worker(4121): Debug: sql(jan@example.org,192.0.2.7,<${g.alnum(16)}>): PLAIN(${g.s(g.alnum(12))}) != '${g.alnum(12)}'`,
      ],
      negatives: (g) => [
        'Oct  1 07:12:01 mx01 dovecot: auth: passwd-file(lisa@acme.de,10.0.8.31): Password mismatch',
        `Oct  1 07:12:01 mx01 dovecot: auth: Debug: passwd-file(lisa@acme.de,10.0.8.31): SHA512-CRYPT(<hidden>) != '$6$${g.alnum(16)}'`,
        "if (strcmp(crypt(pw), stored) != 'x') return;",
      ],
    },
  },
];
