// kdb+/q credentials: a connection handle carries its user and password (`` `:host:port:user:password ``, given to
// hopen or on a q command line), and the file given to `q -u`/`-U` lists one `user:password` a line (plain, or an
// MD5 digest of the password, which stays a verifier). rw-dev21.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword, isPasswordHash, isStandIn } from '../validators/literalArgument';
import { isHashOrEncrypted } from '../validators/storedHash';
import { humanPassword } from './humanPasswords';

/** A q `-u`/`-U` users file: `*.users`, or `users`/`passwords` (`.txt`) in a folder named for kdb, q or a tickerplant. */
const USERS_FILE_PATH = /(?:^|[\\/])[^\\/]+\.users$|(?:^|[\\/])(?:kdb|q|tick|kdbplus)[^\\/]{0,20}[\\/](?:[^\\/]+[\\/]){0,3}(?:users?|passwords?|q\.users)(?:\.txt)?$/i;

/** Longer texts are documents, not such a file. */
const MAX_FILE = 8192;

const plain = (value: string) => !/^(?:\*+|x+)$/i.test(value) && !isStandIn(value) && isLiteralPassword(value) && !isPasswordHash(value) && !isHashOrEncrypted(value);

/** Every line of the file is `user:password` (blank lines and `/` comments aside): nothing else is such a file. */
function usersFileLines(text: string): boolean {
  if (text.length > MAX_FILE) return false;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('/'));
  return lines.length > 0 && lines.every((l) => /^[A-Za-z0-9_.-]{1,64}:\S{1,128}$/.test(l));
}

const base = {
  provider: 'kdb+',
  family: 'credential-file',
  priority: 'context',
  skipPlaceholderCheck: true,
  severity: 'error',
  revocationUrl: null,
  docsUrl: 'https://code.kx.com/q/basics/cmdline/#-u-usr-pwd-local',
} as const;

export const kdbCredentialRules: Rule[] = [
  {
    ...base,
    id: 'kdb-users-file-password',
    description: 'Password in a kdb+ users file given to q -u or -U (one user:password a line)',
    keywords: [],
    // Without a path (stdin, a history subject) only values generated beyond doubt, in a file of two lines or more.
    appliesToPath: (path) => path === undefined || USERS_FILE_PATH.test(path),
    appliesToText: (text: string) => text.length <= MAX_FILE,
    pattern: /^[A-Za-z0-9_.-]{1,64}:(?<secret>\S{4,128})$/m,
    validate: (value: string, ctx: MatchContext) => {
      if (!usersFileLines(ctx.text) || /^[0-9a-f]{32}$/i.test(value) || !plain(value)) return false;
      if (ctx.path !== undefined) return USERS_FILE_PATH.test(ctx.path);
      return /\n[^\n]/.test(ctx.text.trim()) && /^[A-Za-z0-9]{20,64}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
    },
    envName: 'KDB_PASSWORD',
    revocationNote: "Change the user's password in the users file the q process reads, store MD5 digests there instead of plain passwords, and keep the file out of the repository.",
    examples: {
      positives: (g) => [
        `tickadmin:${g.s(`${g.upper(4)}${g.digits(4)}${g.lower(12)}`)}\ngw:${g.s(`${g.lower(10)}${g.digits(3)}${g.upper(9)}`)}\n`,
        `/ feed handlers\nfeed:${g.s(`${g.lower(6)}${g.upper(6)}${g.digits(8)}`)}\nrdb:${g.s(`${g.upper(5)}${g.lower(9)}${g.digits(6)}`)}\n`,
      ],
      // Path-less, a human password is no proof of such a file; digests and references never are.
      negatives: (g) => [`tickadmin:${g.hex(32)}\n`, 'gw:${KDB_GW_PASSWORD}\n', `gw:${humanPassword(g)}\nrdb:${humanPassword(g)}\n`, `host:port\nkey:value\n`],
    },
  },
  {
    ...base,
    family: 'generic',
    id: 'kdb-handle-password',
    description: 'Password in a kdb+ connection handle (`:host:port:user:password), given to hopen or a q command line',
    // `:` and the host's first character (three characters keep the prefilter effective); `::port` is the local host.
    keywords: [...'abcdefghijklmnopqrstuvwxyz0123456789:'].map((c) => `\`:${c}`),
    keywordWindow: { before: 0, after: 480 },
    pattern: /`:[A-Za-z0-9_.-]{0,253}:\d{1,5}:[A-Za-z0-9_.@-]{1,64}:(?<secret>[^\s`"':;]{1,128})/,
    validate: (value: string) => plain(value),
    envName: 'KDB_PASSWORD',
    revocationNote: "Change the user's password in the users file of the q process the handle opens, and read it from the environment or a vault at run time.",
    examples: {
      positives: (g) => [`q gw.q -p 5020 -rdb "\`:rdb01:5011:gw:${g.s(g.alnum(12))}" &`, `h:hopen \`:tp.internal:5010:feed:${g.s(humanPassword(g).replace(/[;:"'`]/g, '!'))}`],
      negatives: () => ['h:hopen `:tp.internal:5010', 'h:hopen `:tp.internal:5010:feed', 'h:hopen `:localhost:5010:feed:password'],
    },
  },
];
