// Secrets printed by mistake: build and CI logs, debug dumps, `env` / `printenv` output, config dumps at start-up,
// `kubectl describe`, Spring Actuator `/env`. In a log a `NAME=value` or `NAME: value` line is data, not code,
// so unquoted values count; the name says what the value is (the shared classifier), and the value must be a
// literal (not `***`, `[REDACTED]`, `<nil>`). Applies to log-like paths and to text with no path (`hush redact`).
import { readSecretName } from '../validators/secretName';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';

/** Paths of logs and captured output. */
const LOG_PATH = /\.(?:log|out|err)$|(?:^|[\\/])(?:logs?|ci-logs|build-logs|debug|dumps?|output|console|traces?)[\\/]|(?:^|[\\/])[^\\/]*(?:-output|-log|_log|\.log)\.(?:txt|json)$/i;

export function isLogContext(path: string | undefined): boolean {
  return path === undefined || LOG_PATH.test(path);
}

/** Masked or absent values as tools print them. */
const MASKED =
  /^(?:\*+|x{3,}|\[?(?:redacted|masked|hidden|filtered|sensitive|secure|removed)\]?|<(?:nil|null|none|redacted|hidden)>|\(sensitive(?: value)?\)|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER|nil|null|none|undefined|true|false)$/i;

function validateLogValue(value: string, ctx: MatchContext): boolean {
  if (!isLogContext(ctx.path) || MASKED.test(value)) return false;
  // Code, not a printed value: `t.password=e.pw`, `o.token=r.t` (member access in a script or bundle).
  if (/^[A-Za-z_$][\w$]{0,30}(?:\.[A-Za-z_$][\w$]{0,30}){1,6}$/.test(value) && !/[0-9]/.test(value)) return false;
  if (/^[A-Za-z_$]\./.test(ctx.keyName ?? '')) return false;
  const key = ctx.keyName ?? '';
  // A bare `key=` (`Using key=…`) names a key; its value must look generated.
  if (/^key$/i.test(key)) return isLiteralToken(value, 20);
  const parts = key.split('.').filter(Boolean);
  const reading = readSecretName(parts.length > 2 ? parts.slice(-2).join('.') : key);
  if (!reading || (reading.kind === 'credential' && !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value))) return false;
  return reading.kind === 'password' ? isLiteralPassword(value) : isLiteralToken(value.replace(/=+$/, ''), 16);
}

export const logOutputRules: Rule[] = [
  {
    id: 'unmasked-secret-in-log',
    provider: 'Logs',
    family: 'generic',
    // Exact ties go to generic-secret-assignment; this rule adds what logs print unquoted.
    priority: 'generic',
    description: 'Password or token printed in a log, an env dump or a debug dump (NAME=value, NAME: value)',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
    keywordWindow: { before: 100, after: 600 },
    pattern: new RegExp(
      '(?<![A-Za-z0-9_.-])(?<key>[A-Za-z_][A-Za-z0-9_.-]{0,79})' +
        '(?:"?[ \\t]{0,2}=[ \\t]{0,2}"?|"?:[ \\t]{1,16}"?|"[ \\t]{0,4}:[ \\t]{0,4}\\{[ \\t]{0,4}"value"[ \\t]{0,4}:[ \\t]{0,4}")' +
        '(?<secret>[^\\s"\'`,;&<>{}()[\\]]{4,512})',
    ),
    skipPlaceholderCheck: true,
    // Its regex matches nearly every `name: value` near a common word: run it only where its validator may accept.
    appliesToPath: isLogContext,
    validate: validateLogValue,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/',
    revocationUrl: null,
    revocationNote: 'A secret in a log is read by everyone who reads the log (CI viewers, log storage): rotate it, and mask it at the source.',
    examples: {
      // Path-less, as `hush redact` reads; what the generic rule also finds (`DB_PASSWORD=…` in a .log file it leaves) is in
      // test/unit/logOutput.test.ts with real log paths.
      positives: (g) => [
        `{"level":"info","msg":"Using key=${g.s(g.hex(32))} for webhook signatures"}`,
        `Data\n====\n  API_KEY:       ${g.s(g.alnum(32))}\n  DB_USER:       app\n`,
        `"partner.api.password": { "value": "${g.s(humanPassword(g))}", "origin": "class path resource [application-prod.yml]" },`,
      ],
      negatives: (g) => [
        'DB_PASSWORD=***',
        'Using key=None for webhook signatures',
        '"processModel.password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"', // hush:allow: a negative example the generic assignment rule misreads
        `GITHUB_TOKEN: ***`,
        `password: [REDACTED]`,
        `session_token_ttl: ${g.digits(4)}`,
        'PASSWORD_FILE=/run/secrets/db',
      ],
    },
  },
];
