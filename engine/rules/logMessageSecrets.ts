// A secret a log message names in words and prints after them: `LDAP bind: cn=… with credential X`, `SFTP connect
// … using password X (auth ok)`, `Using endpoint … with server key X`, `Dropbox refresh token X stored`,
// `PUSH_REPLY,…,auth-token X`. unmasked-secret-in-log reads `NAME=value`; here the words before the value are
// the name (rw-dev11's incident logs, rw-dev16's import log). Only in logs, and only a value that is generated
// (a token) or mixes letters with digits or symbols (a password): a log's words after `password` are mostly prose.
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { looksRandom } from '../validators/valueStats';
import { pushTokenBefore } from '../validators/pushToken';
import type { MatchContext, Rule } from '../types';
import { isLogContext } from './logOutput';

/** Words naming a password before its value. */
const PASSWORD_WORD = /^(?:password|passwd|passphrase|credential)$/i;

/** A log line's opening: a date or time, or a level word, maybe in brackets (`[2026-11-18 …`, `11-18 09:12:02.301`, `DEBUG:`). */
const LOG_LINE_START = /^[ \t]{0,4}\[?(?:\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}:\d{2}|\d{2}-[A-Za-z]{3}-\d{4}|[A-Z][a-z]{2} +\d{1,2} \d{2}:|(?:TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR)\b)/;

function validate(value: string, ctx: MatchContext): boolean {
  // A file of logs, or text without a path (`hush redact`) whose line is a log line.
  if (ctx.path === undefined) {
    // The line's opening, looked for at most 2,000 characters back (a longer line is read as no log line).
    const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 2000);
    if ((lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 10) || !LOG_LINE_START.test(ctx.text.slice(lineStart, ctx.start))) return false;
  } else if (!isLogContext(ctx.path)) return false;
  if (/^(?:https?:|\/|~|\$|%|\{|<)/.test(value) || /@[\w-]+\.[\w.-]+$/.test(value)) return false;
  if (PASSWORD_WORD.test(ctx.keyName ?? '')) {
    // A password someone set: letters with digits or symbols, not a word, a hash or a stand-in.
    return value.length >= 8 && /\p{L}/u.test(value) && /[\d\W_]/.test(value) && isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined && looksRandom(value);
  }
  // A device's push registration token (`APNs device token: …`) is public by design.
  return isLiteralToken(value, 16) && looksRandom(value) && !pushTokenBefore(ctx.text, ctx.start);
}

export const logMessageSecretRules: Rule[] = [
  {
    id: 'log-message-named-secret',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token printed in a log message after the words naming it (with credential X, using password X, refresh token X)',
    keywords: ['password', 'passwd', 'passphrase', 'credential', 'token', 'secret', 'server key', 'api key', 'access key', 'master key', 'private key', 'signing key'],
    keywordWindow: { before: 24, after: 240 },
    appliesToPath: isLogContext,
    // The naming words, then a blank (or `is`, `:`, `=`), then the value up to a blank, quote or bracket.
    pattern:
      /(?<![A-Za-z0-9_/.])(?<key>password|passwd|passphrase|credential|token|secret|(?:server|api|access|master|private|signing)[ _-]key)(?:[ \t]{1,4}(?:is|was)[ \t]{1,4}|[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4})["'`]?(?<secret>[^\s"'`,;<>()[\]{}]{8,200})(?=["'`]?(?:[\s,;)\]}]|$))/i,
    validate,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/',
    revocationUrl: null,
    revocationNote: 'A secret in a log is read by everyone who reads the log (log storage, support tickets): rotate it, and stop the code from logging it.',
    examples: {
      positives: (g) => [
        `2026-11-18 11:00:02,771 DEBUG [org.keycloak.storage.ldap] (executor-thread-3) LDAP bind: cn=svc,ou=svc,dc=example with credential ${g.s(`${g.alnum(10)}#${g.digits(2)}`)}\n`,
        `[2024-11-24T01:00:03.002Z] main.DEBUG: SFTP connect pim@sftp.example:22 using password ${g.s(`${g.alnum(12)}!${g.digits(1)}`)} (auth ok) [] []\n`,
        `2026-11-18 06:00:01 [Backend] Using endpoint https://api.example with server key ${g.s(g.hex(40))}\n`,
        `[18-Nov-2026 07:02:15 UTC] Backup plugin: Dropbox refresh token ${g.s(g.alnum(40))} stored\n`,
      ],
      negatives: (g) => [
        '2026-11-18 11:00:02 WARN token expired for user anna, refreshing\n',
        '2026-11-18 11:00:02 INFO password changed for user anna@example.com\n',
        '2026-11-18 11:00:02 DEBUG using password file /run/secrets/db_password\n',
        `2026-11-18 11:00:02 DEBUG api key id ${g.hex(16)} loaded\n`,
        // An endpoint's path (`POST /oauth/token HTTP/1.1`) and a device's push token name no secret.
        `2026-11-30 03:00:02,118 DEBUG send: b'POST /oauth/token HTTP/1.1\\r\\nHost: crm.example\\r\\n'\n`,
        `2026-11-18 10:02:13.000 App[1822:88121] [Push] APNs device token: ${g.hex(64)}\n`,
        // Not a log line: a sentence in a note, read by the prose rules.
        `the geocoding token is ${g.alnum(32)}\n`,
        `2026-11-18 11:00:02 DEBUG stored password hash $2b$12$${g.alnum(53)}\n`,
        `2026-11-18 11:00:02 INFO token ******** accepted\n`,
        `2026-11-18 11:00:02 INFO secret rotation scheduled for 2026-12-01T00:00:00Z\n`,
      ],
    },
  },
];
