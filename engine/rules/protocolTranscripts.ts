// Passwords in protocol transcripts that servers and clients log in debug mode (found while tuning on rw-dev9's logs
// part): the FTP `PASS` command (proftpd/vsftpd debug logs, FileZilla, `ftp -d`), SASL answers in SMTP/IMAP debug
// output (the base64 line after an AUTH LOGIN `Password:` prompt, an AUTH PLAIN blob that decodes to
// `\0user\0password`), and redis-cli's numbered reply to `CONFIG GET requirepass`. The protocol decides what the
// value is, so no secret-looking name is needed; masked forms (`PASS (hidden)`, `PASS ****`) are not findings.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { humanPassword, passphrase } from './humanPasswords';

/** Masked or withheld forms that FTP servers and clients print in place of the password. */
const MASKED = /^(?:\*+|x{3,}|\(?(?:hidden|hide|masked|redacted|filtered|not shown|none)\)?|<[^>]{0,30}>|\[[^\]]{0,30}\]|\$\{?\w+\}?)$/i;

/** The FTP `USER` command or its reply (`331 Password required`) before a `PASS`: it is an FTP session. */
const FTP_SESSION = /\bUSER[ \t]{1,3}\S|\b331[ \t-]|\bftp\b/i;

function validateFtpPass(value: string, ctx: MatchContext): boolean {
  const password = value.replace(/^['"]|['"]$/g, '');
  if (MASKED.test(password) || !isLiteralPassword(password)) return false;
  return FTP_SESSION.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start));
}

/** Base64 of "Password:" (`UGFzc3dvcmQ6`), the prompt an AUTH LOGIN server sends before the password. */
const PASSWORD_PROMPT = 'UGFzc3dvcmQ6';

/** One character per byte (latin1), as the protocol sent it; `atob`, not Node's Buffer: the engine runs anywhere. */
function decodeBase64(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/** The decoded answer to a Password: prompt is a password (printable, no newline). */
function validateLoginAnswer(value: string): boolean {
  const decoded = decodeBase64(value);
  return decoded !== undefined && /^[\x21-\x7e\u00a0-\u00ff][\x20-\x7e\u00a0-\u00ff]{2,127}$/.test(decoded) && isLiteralPassword(decoded) && passwordVerdict(decoded, 'password') === undefined;
}

/** SASL PLAIN: `[authzid]\0authcid\0password`, the password non-empty and printable. */
function validatePlainBlob(value: string): boolean {
  const decoded = decodeBase64(value);
  const m = decoded === undefined ? null : /^[^\0]{0,128}\0[^\0]{1,128}\0([^\0]{4,128})$/.exec(decoded);
  return !!m && /^[\x20-\x7e\u00a0-\u00ff]+$/.test(m[1]!) && isLiteralPassword(m[1]!);
}

/** redis-cli's reply to CONFIG GET: the parameter's name on one numbered line, its value on the next. */
const REDIS_SECRET_PARAMS = 'requirepass|masterauth|masteruser-password|tls-key-file-pass|tls-client-key-file-pass';

export const protocolTranscriptRules: Rule[] = [
  {
    id: 'ftp-pass-command',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password in an FTP PASS command logged by a server or client in debug mode',
    keywords: ['pass '],
    keywordWindow: { before: 80, after: 200 },
    // `PASS x` at a line start, after a client/server arrow, after "command" (proftpd: `dispatching CMD command 'PASS x'`),
    // or after FileZilla's `Command:` tag. Upper-case PASS only: the protocol's verb, not the English word.
    pattern: /(?:^|\n|[>:'"][ \t]{0,3}|\bcommand[ \t]{1,3}'?|\bCommand:[ \t]{1,3})PASS[ \t](?<secret>[^\s'"]{1,128})(?=['"]?(?:[ \t]|\r?\n|$))/,
    validate: validateFtpPass,
    skipPlaceholderCheck: true,
    envName: 'FTP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc959#section-4.1.1',
    revocationUrl: null,
    revocationNote: 'FTP sends the password in clear and the debug log kept it: change the account password, turn command logging down, and move the transfer to SFTP or FTPS.',
    examples: {
      positives: (g) => [
        `2025-10-01 06:00:01,122 ftp01 proftpd[4411] host (10.2.1.80[10.2.1.80]): dispatching CMD command 'USER scanner'\n2025-10-01 06:00:01,123 ftp01 proftpd[4411] host (10.2.1.80[10.2.1.80]): dispatching CMD command 'PASS ${g.s(humanPassword(g))}'\n`,
        `Status:\tConnected to ftp.partner.example\nCommand:\tUSER export\nResponse:\t331 Password required for export\nCommand:\tPASS ${g.s(g.alnum(14))}\nResponse:\t230 Logged on\n`,
        `---> USER backup\n331 Please specify the password.\n---> PASS ${g.s(passphrase(g).replace(/ /g, '-'))}\n230 Login successful.\n`,
      ],
      negatives: () => [
        "dispatching CMD command 'USER scanner'\ndispatching CMD command 'PASS (hidden)'\n",
        'Command:\tUSER export\nCommand:\tPASS ********\n',
        '---> USER backup\n---> PASS XXXX\n',
        'All tests PASS successfully\n',
        'USER root\nPASS $FTP_PASSWORD\n',
      ],
    },
  },
  {
    id: 'smtp-auth-login-answer',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password in an SMTP/IMAP AUTH LOGIN exchange logged in debug mode (the base64 answer to the Password: prompt)',
    keywords: [PASSWORD_PROMPT.toLowerCase()],
    keywordWindow: { before: 20, after: 400 },
    // The server's `334 UGFzc3dvcmQ6`, then the client's line (any log prefix) holding only the answer.
    pattern: new RegExp(`334[ \\t]${PASSWORD_PROMPT}[^\\n]{0,20}\\r?\\n[^\\n]{0,100}?(?:CLIENT[ \\t]->[ \\t]SERVER:|C:|>{1,3}|^)[ \\t]{0,4}(?<secret>[A-Za-z0-9+/]{4,200}={0,2})[ \\t]*(?=\\r?\\n|$)`, 'm'),
    validate: validateLoginAnswer,
    skipPlaceholderCheck: true,
    envName: 'SMTP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc4954',
    revocationUrl: null,
    revocationNote: 'Base64 is an encoding, not a mask: the logged answer is the mailbox password. Change it and lower the mail client or server debug level.',
    examples: {
      positives: (g) => {
        const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
        return [
          `SERVER -> CLIENT: 334 VXNlcm5hbWU6\nCLIENT -> SERVER: ${b64('info@shop.example')}\nSERVER -> CLIENT: 334 ${PASSWORD_PROMPT}\nCLIENT -> SERVER: ${g.s(b64(humanPassword(g)))}\nSERVER -> CLIENT: 235 Authentication succeeded\n`,
          `S: 334 ${PASSWORD_PROMPT}\nC: ${g.s(b64(g.alnum(16)))}\nS: 235 2.7.0 Authentication successful\n`,
        ];
      },
      negatives: () => [
        'SERVER -> CLIENT: 334 VXNlcm5hbWU6\nCLIENT -> SERVER: aW5mb0BzaG9wLmV4YW1wbGU=\n',
        'SERVER -> CLIENT: 334 UGFzc3dvcmQ6\nCLIENT -> SERVER: <credentials hidden>\n',
        'S: 334 UGFzc3dvcmQ6\nC: *\nS: 501 Authentication canceled\n',
      ],
    },
  },
  {
    id: 'sasl-plain-blob',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password in a SASL PLAIN blob (base64 of \\0user\\0password) logged by a mail server or client in debug mode',
    keywords: ['plain'],
    keywordWindow: { before: 20, after: 400 },
    // The blob on the same line as the mechanism: `AUTH PLAIN <b64>`, Dovecot's `PLAIN … resp=<b64>`.
    pattern: /\bPLAIN\b[^\n]{0,200}?(?:[ \t]|resp=)(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?=[ \t]|\r?\n|$)/,
    validate: validatePlainBlob,
    skipPlaceholderCheck: true,
    envName: 'SMTP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc4616',
    revocationUrl: null,
    revocationNote: 'Base64 is an encoding, not a mask: the logged SASL PLAIN blob holds the mailbox password. Change it and lower the debug level.',
    examples: {
      positives: (g) => {
        const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
        return [
          `auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${g.s(b64(`\0lisa@acme.example\0${humanPassword(g)}`))} (previous base64 data may contain sensitive data)\n`,
          `C: AUTH PLAIN ${g.s(b64(`\0ops\0${g.alnum(16)}`))}\nS: 235 2.7.0 Authentication successful\n`,
          `>>> AUTH PLAIN ${g.s(b64(`\0mailer@shop.example\0${passphrase(g)}`))}\n`,
        ];
      },
      negatives: () => [
        'C: AUTH PLAIN\nS: 334\n',
        'postfix/smtpd: SASL PLAIN authentication failed: UGFzc3dvcmQ6\n',
        `AUTH PLAIN ${Buffer.from('just some text here').toString('base64')}\n`,
        `AUTH PLAIN ${Buffer.from('\0user\0').toString('base64')}\n`,
      ],
    },
  },
  {
    id: 'redis-config-get-reply',
    provider: 'Logs',
    family: 'database',
    priority: 'generic',
    description: "Redis password printed by redis-cli's CONFIG GET (requirepass, masterauth) in a pasted session",
    keywords: ['requirepass', 'masterauth', '-pass"'],
    keywordWindow: { before: 40, after: 240 },
    pattern: new RegExp(`\\d{1,3}\\)[ \\t]"(?:${REDIS_SECRET_PARAMS})"[ \\t]*\\r?\\n[ \\t]{0,8}\\d{1,3}\\)[ \\t]"(?<secret>[^"\\r\\n]{4,200})"`),
    validate: (value) => !MASKED.test(value) && isLiteralPassword(value),
    skipPlaceholderCheck: true,
    envName: 'REDIS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://redis.io/docs/latest/commands/config-get/',
    revocationUrl: null,
    revocationNote: 'Change the Redis password (CONFIG SET requirepass, then the config file and every client), and paste sessions without the reply.',
    examples: {
      positives: (g) => [`127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) "${g.s(humanPassword(g))}"\n`, `redis01:6379> CONFIG GET masterauth\n1) "masterauth"\n2) "${g.s(g.alnum(24))}"\n`],
      negatives: () => ['127.0.0.1:6379> CONFIG GET requirepass\n1) "requirepass"\n2) ""\n', '1) "maxmemory"\n2) "2gb"\n', '1) "requirepass"\n2) "<redis-password>"\n'],
    },
  },
  {
    // `redis-cli MONITOR` prints every command a client sends, quoted, after its Unix time and `[db client]`
    // (found while tuning on rw-dev11's incident part): a client's `AUTH [user] password` and an admin's
    // `CONFIG SET requirepass password` are printed verbatim. The line's shape says it is MONITOR output.
    id: 'redis-monitor-auth',
    provider: 'Logs',
    family: 'database',
    priority: 'generic',
    description: 'Redis password in redis-cli MONITOR output ("AUTH" [user] "password", "CONFIG" "SET" "requirepass" "password")',
    keywords: ['"auth" "', '"requirepass" "', '"masterauth" "'],
    keywordWindow: { before: 80, after: 300 },
    pattern: new RegExp(
      `\\d{9,11}\\.\\d{6}[ \\t]\\[\\d{1,2}[ \\t][^\\]\\r\\n]{1,80}\\][ \\t]"(?:AUTH"[ \\t](?:"[^"\\r\\n]{1,64}"[ \\t])?|CONFIG"[ \\t]"SET"[ \\t]"(?:${REDIS_SECRET_PARAMS})"[ \\t])"(?<secret>[^"\\r\\n]{1,200})"[ \\t]*(?=\\r?\\n|$)`,
      'i',
    ),
    validate: (value) => !MASKED.test(value) && isLiteralPassword(value),
    skipPlaceholderCheck: true,
    envName: 'REDIS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://redis.io/docs/latest/commands/monitor/',
    revocationUrl: null,
    revocationNote: 'MONITOR output holds every AUTH a client sent: change the Redis password (and ACL users), and share MONITOR captures with AUTH lines cut.',
    examples: {
      positives: (g) => [
        `1718000001.118220 [0 10.0.4.12:51122] "AUTH" "${g.s(humanPassword(g))}"\n1718000001.118900 [0 10.0.4.12:51122] "GET" "k"\n`,
        `1718000001.220011 [0 10.0.4.19:40112] "auth" "default" "${g.s(g.alnum(32))}"\n`,
        `1718000002.771000 [0 127.0.0.1:60011] "CONFIG" "SET" "requirepass" "${g.s(humanPassword(g))}"\n`,
      ],
      negatives: () => [
        '1718000001.118220 [0 10.0.4.12:51122] "AUTH" "<password>"\n',
        '1718000001.118220 [0 10.0.4.12:51122] "AUTH" "default" "********"\n',
        '1718000001.118900 [0 10.0.4.12:51122] "GET" "session:abc"\n',
        '1718000002.771000 [0 127.0.0.1:60011] "CONFIG" "SET" "maxmemory" "2gb"\n',
      ],
    },
  },
];
