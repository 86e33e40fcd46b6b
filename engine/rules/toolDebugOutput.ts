// Tools that echo each option they parse in debug mode: `wget -d` prints `Setting --http-password (httppassword)
// to X` for every password option given on its command line or in .wgetrc, so a cron job's log keeps the password.
import { isLiteralPassword } from '../validators/literalArgument';
import type { Rule } from '../types';
import { humanPassword } from './humanPasswords';

export const toolDebugOutputRules: Rule[] = [
  {
    id: 'wget-debug-password-setting',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password option that wget -d echoes in its debug line ("Setting --http-password (httppassword) to …")',
    keywords: ['setting --'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /Setting[ \t]--(?:http-|ftp-|proxy-)?(?:password|passwd)[ \t]\([a-z_]{1,30}\)[ \t]to[ \t](?<secret>[^\s]{1,128})/,
    validate: (secret) => isLiteralPassword(secret),
    envName: 'WGET_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.gnu.org/software/wget/manual/wget.html#Download-Options',
    revocationUrl: null,
    revocationNote: 'Change the password; give wget --ask-password or a .netrc readable only by its user, and keep -d off in cron jobs.',
    examples: {
      positives: (g) => [
        `Setting --http-user (httpuser) to mirror\nSetting --http-password (httppassword) to ${g.s(humanPassword(g))}\nDEBUG output created by Wget 1.21.3 on linux-gnu.`,
        `2026-11-18 04:00:01 Setting --ftp-password (ftppassword) to ${g.s(g.alnum(14))}`,
      ],
      negatives: () => ['Setting --http-user (httpuser) to mirror', 'Setting --password (password) to *', 'Setting --tries (tries) to 3'],
    },
  },
];
