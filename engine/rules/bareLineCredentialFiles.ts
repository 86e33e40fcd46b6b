// Files whose whole format is a credential, with no key word on the line: an OpenVPN `auth-user-pass` file (line 1
// the user, line 2 the password), a vsftpd virtual-user list (user and password on alternating lines, fed to
// db_load) and a file named for the one secret it holds (`secrets/db_password.txt` read by Docker/Compose `secrets:`
// or `kubectl create secret --from-file`, `rcon.pass`, `.vault_pass.txt`). Only the path can say so: the rules have
// no keywords and run only on their paths (Rule.appliesToPath), on texts short enough to be such a file. Without a
// path (a history subject, stdin) only a value generated beyond doubt counts.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword, isLiteralToken, isPasswordHash } from '../validators/literalArgument';
import { isHashOrEncrypted } from '../validators/storedHash';

/** `*.auth`, or `auth.txt`, `auth-user-pass`, `login.conf`, `pass.txt`, `credentials.txt` in a folder named for a VPN;
 * the auth file may carry the VPN provider's name (`pia-auth.txt`, `nord_auth.txt`, rw-dev23). */
const OPENVPN_AUTH_PATH =
  /(?:^|[\\/])[^\\/]+\.auth$|(?:^|[\\/])[^\\/]*vpn[^\\/]*[\\/](?:[^\\/]+[\\/]){0,2}(?:(?:[a-z0-9]{1,20}[-_.])?auth(?:-user-pass)?(?:\.txt|\.conf)?|login\.(?:conf|txt)|pass(?:word)?\.txt|credentials?\.txt|[^\\/]+\.(?:auth|creds))$/i;

/** vsftpd's virtual users' list (`virtual_users.txt`, `vusers.txt`, `logins.txt` in a vsftpd folder). */
const VSFTPD_USERS_PATH = /(?:^|[\\/])(?:virtual[_-]?users|vusers)[^\\/]*\.txt$|(?:^|[\\/])vsftpd[^\\/]*[\\/](?:[^\\/]+[\\/])?[^\\/]*(?:users?|logins?)[^\\/]*\.txt$/i;

/**
 * A file named for one secret: `*password*.txt`, `*secret*.txt`, `*.pass`, `*.password`, `*.pwd`, `*.pw` (lnd's
 * `unlock.pw`), a `.txt` in a `secrets/` folder (Docker secrets) or a `passwords/` one (the keystore passwords of
 * Ethereum validator clients: teku's `passwords/keystore-m_….txt`, rw-dev24), Ansible's `.vault_pass(.txt)`.
 */
const ONE_SECRET_PATH =
  /(?:^|[\\/])(?:[\w.-]*(?:password|passwd|passphrase|secret|_pass|pass_|_pwd|pwd_)[\w.-]*\.txt|[\w.-]+\.(?:pass|password|passwd|pwd|pw)|\.?vault[_-]pass(?:word)?(?:\.txt)?)$|(?:^|[\\/])(?:(?:docker[_-]?)?secrets|passwords)[\\/][\w.-]+\.txt$/i;

/** Longer texts are documents, not such a file. */
const MAX_FILE = 4096;

/** The file's lines without the last one's newline; undefined when one is blank or holds a blank (a list, a sentence). */
function bareLines(text: string): string[] | undefined {
  if (text.length > MAX_FILE) return undefined;
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x0d)) end--;
  const lines = text.slice(0, end).split(/\r?\n/);
  return lines.every((l) => /^\S{1,128}$/.test(l)) ? lines : undefined;
}

/** The value on a credential line: not a stand-in, a reference, a hash, a comment, a path or a URL. */
function plainSecret(value: string): boolean {
  if (/^(?:#|;|\/\/)/.test(value) || /^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]*:\/\/)/i.test(value)) return false;
  return isLiteralPassword(value) && !isPasswordHash(value) && !isHashOrEncrypted(value);
}

/**
 * Without a path (a history subject, stdin) only a file's last line ending and a value generated beyond doubt count:
 * 20 to 64 letters and digits mixing both cases and digits, nothing another format would hold (`:`, `/`, `-`).
 */
const pathlessToken = (value: string, text: string) =>
  text.endsWith('\n') && /^[A-Za-z0-9]{20,64}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && isLiteralToken(value, 20);

/** Which line of the text `start` is on (0-based). */
function lineIndex(text: string, start: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const base = {
  family: 'credential-file' as const,
  priority: 'context' as const,
  keywords: [] as string[],
  // plainSecret does the stand-in check (the shared one reads a PIN-like run of digits as a number).
  skipPlaceholderCheck: true,
  // Cheap: a text longer than any such file is skipped before the regex runs (bareLines refuses it too).
  appliesToText: (text: string) => text.length <= MAX_FILE,
};

const SECRET_LINE = /^(?<secret>\S{4,128})$/m;

export const BARE_LINE_CREDENTIAL_RULES: Rule[] = [
  {
    ...base,
    id: 'openvpn-auth-user-pass-file',
    provider: 'OpenVPN',
    description: "OpenVPN auth-user-pass file's password (line 1 the user, line 2 the password)",
    appliesToPath: (path) => path === undefined || OPENVPN_AUTH_PATH.test(path),
    pattern: SECRET_LINE,
    validate: (secret: string, ctx: MatchContext) => {
      if (ctx.path !== undefined && !OPENVPN_AUTH_PATH.test(ctx.path)) return false;
      const lines = bareLines(ctx.text);
      if (lines?.length !== 2 || lineIndex(ctx.text, ctx.start) !== 1 || !plainSecret(lines[0]!)) return false;
      return plainSecret(secret) && (ctx.path !== undefined || pathlessToken(secret, ctx.text));
    },
    envName: 'OPENVPN_PASSWORD',
    docsUrl: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/#client-options',
    revocationUrl: null,
    revocationNote: "Change the VPN user's password on the server (or its directory), then keep the auth file out of the repository.",
    examples: {
      positives: (g) => [`vpn-${g.lower(6)}\n${g.s(g.alnum(20))}\n`, `${g.lower(5)}.${g.lower(6)}\n${g.s(g.alnum(28))}\n`],
      negatives: (g) => [
        `vpn-${g.lower(6)}\n\${VPN_PASSWORD}\n`,
        `vpn-${g.lower(6)}\n$6$${g.alnum(8)}$${g.alnum(43)}\n`,
        `# user on line 1, password on line 2\n${g.alnum(20)}\n`,
        `vpn-${g.lower(6)}\n<password>\n`,
      ],
    },
  },
  {
    ...base,
    id: 'vsftpd-virtual-user-password',
    provider: 'vsftpd',
    description: "vsftpd virtual users' list password (user and password on alternating lines)",
    appliesToPath: (path) => path === undefined || VSFTPD_USERS_PATH.test(path),
    pattern: SECRET_LINE,
    validate: (secret: string, ctx: MatchContext) => {
      if (ctx.path !== undefined && !VSFTPD_USERS_PATH.test(ctx.path)) return false;
      const lines = bareLines(ctx.text);
      if (lines === undefined || lines.length < 2 || lines.length % 2 !== 0 || lineIndex(ctx.text, ctx.start) % 2 !== 1) return false;
      return plainSecret(secret) && (ctx.path !== undefined || (lines.length >= 4 && pathlessToken(secret, ctx.text)));
    },
    envName: 'FTP_PASSWORD',
    docsUrl: 'https://security.appspot.com/vsftpd/vsftpd_conf.html',
    revocationUrl: null,
    revocationNote: 'Change the virtual user’s password, rebuild the db_load database, and keep the plain list out of the repository.',
    examples: {
      positives: (g) => [`scanner\n${g.s(g.alnum(22))}\nsupplier_${g.lower(5)}\n${g.s(`${g.alnum(20)}${g.digits(4)}`)}\n`, `${g.lower(6)}\n${g.s(g.alnum(24))}\n${g.lower(7)}\n${g.s(g.alnum(20))}\n`],
      negatives: (g) => [`scanner\n\${FTP_PASS}\nsupplier\n<password>\n`, `${g.lower(6)}\n${g.alnum(18)}\n${g.lower(6)}\n`, `# users\n${g.lower(6)}\n${g.alnum(18)}\n`],
    },
  },
  {
    ...base,
    id: 'one-secret-file',
    provider: 'Secret file',
    description: 'A file named for one secret holding it alone (secrets/db_password.txt, *.pass, .vault_pass.txt)',
    appliesToPath: (path) => path === undefined || ONE_SECRET_PATH.test(path),
    pattern: SECRET_LINE,
    validate: (secret: string, ctx: MatchContext) => {
      if (ctx.path !== undefined && !ONE_SECRET_PATH.test(ctx.path)) return false;
      const lines = bareLines(ctx.text);
      if (lines?.length !== 1) return false;
      return plainSecret(secret) && (ctx.path !== undefined || pathlessToken(secret, ctx.text));
    },
    envName: 'SECRET_FILE_VALUE',
    docsUrl: 'https://docs.docker.com/compose/how-tos/use-secrets/',
    revocationUrl: null,
    revocationNote: 'Change the secret where it is used, then keep the file out of the repository (a secrets manager, or an ignored path).',
    examples: {
      positives: (g) => [`${g.s(g.alnum(24))}\n`, `${g.s(g.alnum(32))}\n`],
      negatives: (g) => ['${DB_PASSWORD}\n', `$2y$10$${g.alnum(53)}\n`, '# put the password here\n', 'changeme\n', `${g.lower(8)}\n`],
    },
  },
];
