// Files that list `user:secret` pairs one a line and are named for it: rsync's `secrets file` (`rsyncd.secrets`,
// `name:password`) and SmokePing's slaves' secrets (`smokeping_secrets`, `slave-name:secret`), and other
// `*_secrets` / `*.secrets` files of that shape. No key word names the value; the file's name and the line's shape
// do, so the rule runs only on such paths (ipsec.secrets has its own syntax and rule); path-less (stdin, a history
// subject) only a text of such lines alone, with a generated value.
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { isLiteralPassword, isPasswordHash } from '../validators/literalArgument';
import { isHashOrEncrypted } from '../validators/storedHash';

const USER_SECRETS_PATH = /(?:^|[\\/])(?!ipsec\.secrets$)(?:[\w-]{1,60}[_.])?secrets(?:\.dist|\.txt)?$/i;

/** Longer texts are documents, not such a file. */
const MAX_FILE = 16384;

export const userSecretListFileRules: Rule[] = [
  {
    id: 'user-secrets-list-file',
    provider: 'Secret file',
    family: 'credential-file',
    priority: 'context',
    description: "A `user:secret` line of a file named for secrets (rsyncd.secrets, SmokePing's smokeping_secrets)",
    keywords: [] as string[],
    appliesToPath: (path) => path === undefined || USER_SECRETS_PATH.test(path),
    appliesToText: (text) => text.length <= MAX_FILE,
    // The whole line: a user or host name, a colon, the secret (no blanks, no second colon).
    pattern: /(?<=^|\n)[A-Za-z0-9_][\w.@-]{0,63}:(?<secret>[^\s:]{4,128})(?=\r?\n|$)/,
    // plainSecret-like checks below read a PIN-like run of digits as a secret too.
    skipPlaceholderCheck: true,
    validate: (secret: string, ctx: MatchContext) => {
      // Without a path only a file of such lines alone counts; with one, the path gate is repeated (a gate only saves work).
      if (ctx.path === undefined ? !/^(?:[A-Za-z0-9_][\w.@-]{0,63}:[^\s:]{4,128}\r?\n|#[^\n]*\n|\r?\n)+$/.test(ctx.text) : !USER_SECRETS_PATH.test(ctx.path)) return false;
      // Path-less (stdin, a history subject), a human password is no proof of such a file: only a generated value.
      if (ctx.path === undefined && !(/^[A-Za-z0-9]{16,64}$/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret))) return false;
      if (/^(?:\/|~\/|\.\.?\/|\$)/.test(secret)) return false;
      return isLiteralPassword(secret) && !isPasswordHash(secret) && !isHashOrEncrypted(secret);
    },
    envName: 'RSYNC_PASSWORD',
    severity: 'error',
    docsUrl: 'https://download.samba.org/pub/rsync/rsyncd.conf.5',
    revocationUrl: null,
    revocationNote: 'Change the secret on both ends (the daemon and each client or slave), then keep the secrets file out of the repository.',
    examples: {
      positives: (g) => [
        `# slave secrets\nprobe-${g.lower(4)}:${g.s(`${g.upper(4)}${g.digits(4)}${g.lower(10)}`)}\n`,
        `# rsyncd.secrets\nbackup:${g.s(`${g.lower(8)}${g.digits(3)}${g.upper(9)}`)}\nmirror:${g.s(`${g.upper(6)}${g.lower(6)}${g.digits(6)}`)}\n`,
      ],
      negatives: (g) => [
        `backup:\${RSYNC_SECRET}\nmirror:changeme\n`,
        `# rsyncd.secrets\nbackup:${humanPassword(g)}\n`,
        `backup:$6$${g.alnum(8)}$${g.alnum(43)}\n`,
        `see the wiki: ${g.alnum(16)} is the name\n`,
      ],
    },
  },
];
