// Secrets printed by mistake: build and CI logs, debug dumps, `env` / `printenv` output, config dumps at start-up,
// `kubectl describe`, Spring Actuator `/env`. In a log a `NAME=value` or `NAME: value` line is data, not code,
// so unquoted values count; the name says what the value is (the shared classifier), and the value must be a
// literal (not `***`, `[REDACTED]`, `<nil>`). Applies to log-like paths and to text with no path (`hush redact`).
import { isDigestNamed } from '../validators/digestNamed';
import { isDottedWordPassphrase } from '../validators/dottedPassword';
import { readSecretName } from '../validators/secretName';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { PRINTED_SECRET_NOTE } from './revocationNotes';
import { humanPassword } from './humanPasswords';
import { isTestResultPass } from '../validators/testRunnerLine';
import { pushTokenBefore } from '../validators/pushToken';
import { isNotifierPayloadKey } from '../validators/searchOnlyKey';
import { isPromptOrFence } from './printedSecretCommands';

/** Paths of logs and captured output (`.cap`: a serial console captured by minicom, rw-dev17). */
const LOG_PATH =
  /\.(?:log|out|err|cap)$|(?:^|[\\/])(?:logs?|ci-logs|build-logs|debug|dumps?|output|console|traces?|crash(?:es|[_-]?reports?|[_-]?dumps?)?)[\\/]|(?:^|[\\/])[^\\/]*(?:-output|-log|_log|\.log)\.(?:txt|json)$/i;

export function isLogContext(path: string | undefined): boolean {
  return path === undefined || LOG_PATH.test(path);
}

/** Plain-text files, where output is pasted into tickets and incident notes (`describe-pod.txt`, `printenv.txt`). */
const TEXT_PATH = /\.txt$/i;

/**
 * Whether a plain-text file holds captured output rather than prose: `kubectl describe` sections, an environment
 * dump, shell prompts with their output, or timestamped log lines. Read from the file's start (once per text).
 */
const OUTPUT_MARKERS = [
  /^Name:[ \t]{2,}\S+[ \t]*\r?\n(?:Namespace|Labels|Priority|Node|Type):/m,
  /^[ \t]{2,}Environment:[ \t]*\r?\n/m,
  /^(?:[$#>]|PS [A-Z]:\\[^>\n]{0,80}>)[ \t](?:kubectl|docker|env|printenv|set|helm|curl|cat|aws|gcloud|az|terraform|vault|heroku|Get-ChildItem|gci)\b/m,
  /^(?:HOSTNAME|HOME|PATH|PWD|SHELL|USER|TERM)=\S/m,
  // A tool's two-column key/value table (`vault kv get`, PowerShell's `Get-ChildItem Env:`, a profiler's or
  // debug page's parameter list): the header row names the columns.
  /^(?:Key|Name|Setting|Variable|Parameter|Field)[ \t]{2,}Value[ \t]*\r?$/m,
];
const LOG_LINE = /^\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})/gm;
let lastText: string | undefined;
let lastVerdict = false;

export function looksLikeCapturedOutput(text: string): boolean {
  if (text === lastText) return lastVerdict;
  const head = text.slice(0, 16384);
  lastText = text;
  lastVerdict = OUTPUT_MARKERS.some((re) => re.test(head)) || (head.match(LOG_LINE)?.length ?? 0) >= 3;
  return lastVerdict;
}

/** Masked or absent values as tools print them. */
const MASKED =
  /^(?:\*+|x{3,}|\[?(?:redacted|masked|hidden|filtered|sensitive|secure|removed)\]?|<(?:nil|null|none|redacted|hidden)>|\(sensitive(?: value)?\)|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER|nil|null|none|undefined|true|false)$/i;

/** Whether unmasked-secret-in-log reads this file: a log path, or a .txt file holding captured output. */
export function readsAsLog(path: string | undefined, text: string): boolean {
  return isLogContext(path) || (TEXT_PATH.test(path ?? '') && looksLikeCapturedOutput(text));
}

/** A `Name:` field of a Go `%+v` dump: capitalised, after `{` or a blank, with `{Name:` earlier on the line. */
function goStructField(text: string, key: string, start: number): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,60}$/.test(key)) return false;
  const keyStart = start - key.length - 1;
  const before = text.charAt(keyStart - 1);
  if (before !== '{' && before !== ' ') return false;
  const lineStart = Math.max(text.lastIndexOf('\n', keyStart) + 1, keyStart - 1000);
  return /\{[A-Z][A-Za-z0-9]{0,60}:/.test(text.slice(lineStart, keyStart + 1));
}

/**
 * The words printed before a bare `key` name what it keys (`rate limit key=<digest>`, `lock key=`): read as one
 * name (`rate_limit_key`), a lookup key is no credential.
 */
function lookupKeyWordsBefore(text: string, keyAt: number): boolean {
  const words = /(?:^|[^A-Za-z])([A-Za-z]{2,20}(?: [A-Za-z]{2,20})?) $/.exec(text.slice(Math.max(0, keyAt - 42), keyAt));
  return words !== null && readSecretName(`${words[1]!.replace(' ', '_')}_key`) === undefined;
}

function validateLogValue(value: string, ctx: MatchContext): boolean {
  if (MASKED.test(value) || !readsAsLog(ctx.path, ctx.text)) return false;
  // Code, not a printed value: `t.password=e.pw`, `o.token=r.t` (member access in a script or bundle).
  const key = ctx.keyName ?? '';
  const sepAt = ctx.text.lastIndexOf(key, ctx.start - 1) + key.length;
  const sep = ctx.text.slice(sepAt, ctx.start);
  // In a tool's aligned table (`vault kv get`: the name, blanks, the value) no code is printed: lower-case words
  // joined by dots under a password's name are the passphrase stored (rw-dev18), not a member chain.
  const tablePassphrase = /^[ \t]{2,}$/.test(sep) && isDottedWordPassphrase(value) && readSecretName(key)?.kind === 'password';
  if (/^[A-Za-z_$][\w$]{0,30}(?:\.[A-Za-z_$][\w$]{0,30}){1,6}$/.test(value) && !/[0-9]/.test(value) && !tablePassphrase) return false;
  if (/^[A-Za-z_$]\./.test(key)) return false;
  // `Name:value` with no blank is a field of Go's `%+v` struct dump (`{Port:8080 RedisPassword:v Env:prod}`):
  // a capitalised name right after the dump's `{` or a blank, the dump opened earlier on the line. Elsewhere
  // (`host:port`, `user:pass@`, `scope:read`) a colon without a blank joins the parts of one value.
  if (/^["']?:["']?$/.test(sep) && sep !== '":"' && !(sep === ':' && goStructField(ctx.text, key, ctx.start))) return false;
  // A test runner's result line (go test's `--- PASS` or `--- FAIL` then the test's name and time, `=== RUN`): no password.
  if (/^(?:PASS|FAIL|SKIP)$/.test(key) && /(?:^|\n)[ \t]{0,8}(?:---|===)[ \t]{1,4}$/.test(ctx.text.slice(Math.max(0, ctx.start - key.length - 24), ctx.start - key.length - 2))) return false;
  if (isTestResultPass(ctx.text, key, ctx.text.lastIndexOf(key, ctx.start), ctx.end)) return false;
  // A digest named by its algorithm (`"key":"sha256:…"`, `md5-…`): a cache key or checksum.
  if (/^(?:sha-?(?:1|224|256|384|512)|md5|blake2[bs]?|xxh\d{0,3})[:=-][0-9a-fA-F]{16}/i.test(value)) return false;
  // The shell's working directory (`PWD=/home/deploy` in env dumps and sudo lines), not a password.
  if (/^(?:OLD)?PWD$/.test(key) && /^(?:\/|~|[A-Za-z]:\\)/.test(value)) return false;
  // A bare `key=` (`Using key=…`) names a key; its value must look generated. A cache's key
  // (`Cache restored from key: node-modules-Linux-<digest>`) is a digest of lockfiles.
  // A namespaced value (`"key":"user:<digest>"`, `session:<id>`) is a cache or storage key: a word, a colon, the id.
  // Printed under the cache step's `with:` (`key: pip-Linux-x64-<digest>`), the word cache is lines away: the key's shape says it.
  if (/^key$/i.test(key))
    return (
      !/\bcache\b[^\n]{0,40}$/i.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start - 3)) &&
      !lookupKeyWordsBefore(ctx.text, sepAt - key.length) &&
      !/^[a-z][a-z_-]{1,30}:[^:]/.test(value) &&
      // Stripe.js sends the publishable key as `key=pk_live_…` on every request from the page: public by design.
      !/^pk_(?:live|test)_/.test(value) &&
      !isDigestNamed(value) &&
      isLiteralToken(value, 20)
    );
  const parts = key.split('.').filter(Boolean);
  const reading = readSecretName(parts.length > 2 ? parts.slice(-2).join('.') : key);
  if (!reading || (reading.kind === 'credential' && !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(value))) return false;
  // A device's push registration (`[Push] APNs device token: …`): an address, not a credential.
  if (reading.kind === 'token' && pushTokenBefore(ctx.text, ctx.start)) return false;
  // An error tracker's event payload: its `apiKey` is the notifier's, public by design.
  if (reading.kind === 'key' && isNotifierPayloadKey(ctx)) return false;
  // A plural name before a number counts things (hashcat's status `Passwords.: 212000000`), it holds no password.
  if (/^\d+$/.test(value) && /[a-z]s\.*$/i.test(key)) return false;
  // Digits alone must be a chosen code, not a dummy or a sequence (`123456`, a brute-forcer's first guess).
  if (reading.kind === 'password' && /^\d+$/.test(value) && passwordVerdict(value, 'password') !== undefined) return false;
  return reading.kind === 'password' ? isLiteralPassword(value) : isLiteralToken(value.replace(/=+$/, ''), 16);
}

/**
 * Commands that print a stored secret by itself: a Kubernetes secret decoded from base64, `vault kv get -field=…`,
 * cloud secret managers (a SecureString parameter read `--with-decryption`), password managers and keychains, and
 * NetworkManager's `nmcli -s -g …psk` (a Wi-Fi pass phrase, shown with `-s`).
 */
const SECRET_READ_COMMAND =
  '(?:base64[ \\t]{1,4}(?:-d|--decode|-D)\\b|vault[ \\t]{1,4}(?:kv[ \\t]{1,4}get|read)[^\\n]{0,120}-field[= ]|aws[ \\t]{1,4}secretsmanager[ \\t]{1,4}get-secret-value|gcloud[ \\t]{1,4}secrets[ \\t]{1,4}versions[ \\t]{1,4}access|az[ \\t]{1,4}keyvault[ \\t]{1,4}secret[ \\t]{1,4}show|\\bop[ \\t]{1,4}read\\b|\\bpass[ \\t]{1,4}show\\b|security[ \\t]{1,4}find-(?:generic|internet)-password[^\\n]{0,160}[ \\t]-w\\b|doppler[ \\t]{1,4}secrets[ \\t]{1,4}get[^\\n]{0,120}--plain|aws[ \\t]{1,4}configure[ \\t]{1,4}get[ \\t]{1,4}(?:[\\w-]{1,40}\\.)?aws_(?:secret_access_key|session_token)\\b|aws[ \\t]{1,4}ssm[ \\t]{1,4}get-parameters?\\b[^\\n]{0,200}--with-decryption\\b|nmcli[ \\t][^\\n]{0,60}(?:-s|--show-secrets)[ \\t][^\\n]{0,60}-(?:g|-get-values)[ \\t]{1,4}[\\w.-]{0,60}(?:psk|password)\\b)';

/** Fields of a Vault answer that are ids and metadata, not the secret (`vault read -field=lease_id …`). */
const ID_FIELD = /-field[= ](?:lease_id|lease_duration|accessor|request_id|ttl|renewable|policies|token_policies|created_time|deletion_time|version|entity_id|role_name|username|path)\b/;

/** Whether the command line above the printed value asks Vault for an id or metadata field. */
function readsIdField(ctx: MatchContext): boolean {
  const lineEnd = ctx.text.lastIndexOf('\n', ctx.start - 1);
  const command = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('\n', lineEnd - 1) + 1), Math.max(0, lineEnd));
  return ID_FIELD.test(command);
}

/** A shell prompt before the command: `$ `, `# `, `user@host:~$ `, `PS C:\\> `. */
const PROMPT = '(?:[\\w.@~:/()-]{0,60}[$#%>]|PS[ \\t][^>\\n]{1,80}>)[ \\t]{1,4}';

const UTF8 = new TextEncoder();

/** PHP's var_dump of an array: `["password"]=>` then `string(11) "v"` on the next line. */
function validateVarDump(value: string, ctx: MatchContext): boolean {
  const reading = readSecretName(ctx.keyName ?? '');
  if (!reading || MASKED.test(value)) return false;
  const length = /string\((\d{1,4})\)[ \t]{0,2}"$/.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1];
  // var_dump prints the byte length: a value cut or edited by hand no longer matches it.
  if (length !== undefined && Number(length) !== UTF8.encode(value).length) return false;
  return reading.kind === 'password' ? isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined : isLiteralToken(value.replace(/=+$/, ''), 16);
}

/** The words a logged `NAME=value` line or an aligned table row names its secret with (both readers wait for them). */
const LOGGED_SECRET_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'];

export const logOutputRules: Rule[] = [
  {
    id: 'php-var-dump-secret',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token in PHP\'s var_dump output (`["password"]=> string(11) "…"`) pasted in a log, ticket or page',
    keywords: ['"]=>'],
    keywordWindow: { before: 90, after: 240 },
    pattern: /\["(?<key>[A-Za-z_][\w.-]{0,79})"\]=>[ \t]*\r?\n[ \t]{0,40}string\(\d{1,4}\)[ \t]{0,2}"(?<secret>[^"\r\n]{4,200})"/,
    validate: validateVarDump,
    skipPlaceholderCheck: true,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://www.php.net/manual/en/function.var-dump.php',
    revocationUrl: null,
    revocationNote: 'A var_dump of a config array prints every secret in it: rotate the value, and dump without the secrets.',
    examples: {
      positives: (g) => {
        const pw = humanPassword(g);
        const key = g.alnum(32);
        return [`array(3) {\n  ["host"]=>\n  string(2) "db"\n  ["password"]=>\n  string(${pw.length}) "${g.s(pw)}"\n}\n`, `object(stdClass)#1 (2) {\n  ["api_key"]=>\n  string(32) "${g.s(key)}"\n}\n`];
      },
      negatives: () => ['array(1) {\n  ["password"]=>\n  string(8) "********"\n}\n', 'array(1) {\n  ["password_hint"]=>\n  string(9) "your city"\n}\n'],
    },
  },
  {
    id: 'secret-command-output',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Secret printed by a command that reads it (kubectl secret | base64 -d, vault -field, secret managers, pass, op read) in a pasted terminal session',
    keywords: [
      'base64 -d',
      'base64 --decode',
      '-field',
      'get-secret-value',
      'versions access',
      'keyvault secret show',
      'op read',
      'pass show',
      'find-generic-password',
      'find-internet-password',
      'secrets get',
      'configure get',
      'with-decryption',
      'nmcli',
    ],
    keywordWindow: { before: 300, after: 520 },
    // A CI job's `set -x` trace (`+ vault kv get -field=password …`, `++` in a subshell) prints the command as a prompt would.
    pattern: new RegExp(`^[ \\t]{0,8}(?:${PROMPT}|\\+{1,3}[ \\t])[^\\n]{0,300}?${SECRET_READ_COMMAND}[^\\n]{0,200}\\r?\\n[ \\t]{0,8}(?<secret>[^\\s]{4,200})[ \\t]*(?=\\r?\\n|$)`, 'm'),
    // What a secret store prints is data: words run together are the passphrase stored there (`compoundWords`).
    validate: (value, ctx) => !isPromptOrFence(value) && !readsIdField(ctx) && isLiteralPassword(value) && passwordVerdict(value, 'password', { compoundWords: true }) === undefined,
    skipPlaceholderCheck: true,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/',
    revocationUrl: null,
    revocationNote: PRINTED_SECRET_NOTE,
    examples: {
      positives: (g) => [
        `$ kubectl get secret billing-db -o jsonpath='{.data.password}' | base64 -d\n${g.s(humanPassword(g))}\n$ exit\n`,
        `ops@bastion:~$ vault kv get -field=api_token secret/partner\n${g.s(g.alnum(32))}\n`,
        `PS C:\\> aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\n${g.s(`${g.alnum(12)}#${g.digits(2)}`)}\n`,
        `ops@bastion:~$ aws configure get aws_secret_access_key --profile prod\n${g.s(g.base64(40))}\n`,
        `+ vault kv get -field=password secret/orders/prod/rabbitmq\n${g.s(`${g.alnum(12)}_${g.digits(3)}`)}\n+ echo done\n`,
        `$ aws ssm get-parameter --name /crm/prod/smtp --with-decryption --query Parameter.Value --output text\n${g.s(`${g.alnum(10)}_${g.digits(4)}`)}\n`,
        `$ nmcli -s -g 802-11-wireless-security.psk connection show "Kamer 12"\n${g.s(humanPassword(g))}\n`,
        // A passphrase of words run together, as a secret store holds it.
        `$ vault kv get -field=password secret/app/db\n${g.s(`${g.pick(['otter', 'falcon', 'maple'])}${g.pick(['glacier', 'willow', 'badger'])}${g.pick(['lantern', 'meadow', 'pickle'])}`)}\n`,
      ],
      negatives: () => [
        "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\necho done\n",
        "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\n$ exit\n",
        '$ vault kv get -field=password secret/db\n<the password>\n',
        '$ echo aGVsbG8= | base64 -d\nhello\n',
        '+    vault kv get -field=password "$VAULT_PATH" > pw.txt\n+    chmod 600 pw.txt\n',
        '$ aws ssm get-parameter --name /crm/prod/region --query Parameter.Value --output text\neu-west-1\n',
        '$ nmcli -g 802-11-wireless.ssid connection show "Kamer 12"\nKamer-12-Gast\n',
      ],
    },
  },
  {
    // Found while tuning on rw-dev11's incident part: tools print key/value tables with the columns aligned by
    // spaces and no `=` or `:` (`vault kv get`'s Data block, PowerShell's `Get-ChildItem Env:` table, a Symfony
    // or Django debug page's parameter list). The row is only the name, two or more spaces and one value.
    id: 'aligned-secret-table-row',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token in an aligned NAME   value table printed by a tool (vault kv get, PowerShell Env:, debug pages)',
    keywords: LOGGED_SECRET_WORDS,
    keywordWindow: { before: 100, after: 600 },
    pattern: /^[ \t]{0,8}(?<key>[A-Za-z_][A-Za-z0-9_.-]{0,79})[ \t]{2,60}(?<secret>[^\s"'`,;&<>{}()[\]]{4,512})[ \t]*\r?$/m,
    skipPlaceholderCheck: true,
    appliesToPath: (path) => isLogContext(path) || TEXT_PATH.test(path ?? ''),
    validate: validateLogValue,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/',
    revocationUrl: null,
    revocationNote: 'The tool printed the secret in its table: rotate it, and share such output with the value column cut.',
    examples: {
      positives: (g) => [
        `====== Data ======\nKey              Value\n---              -----\napi_token        ${g.s(g.hex(64))}\ndb_password      ${g.s(humanPassword(g))}\n`,
        `====== Data ======\nKey            Value\n---            -----\ndb_password    ${g.s(`${g.pick(['otter', 'falcon', 'maple'])}.${g.pick(['glacier', 'willow', 'badger'])}.${g.pick(['lantern', 'meadow', 'pickle'])}.${g.pick(['harbor', 'copper', 'thistle'])}`)}\n`,
        `PS C:\\app> Get-ChildItem Env:\n\nName                           Value\n----                           -----\nSMTP__Password                 ${g.s(g.alnum(24))}\nOS                             Windows_NT\n`,
      ],
      negatives: (g) => [
        `Key              Value\n---              -----\napi_token        ********\ncreated_time     2024-05-01T09:02:11Z\n`,
        `Name                           Value\n----                           -----\nJWT_SECRET_KEY                 %kernel.project_dir%/config/jwt/private.pem\nsession_token_ttl              ${g.digits(4)}\n`,
        `Key              Value\n---              -----\ndb_password      config.database.password\n`,
      ],
    },
  },
  {
    // gdb prints a `char *` argument as its address and then the string (`passwd=0x5555557a1400 "…"`): a backtrace
    // through a login call shows the password (found while tuning on rw-dev11's incident part).
    id: 'debugger-string-argument',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token shown as a string argument in a debugger backtrace (gdb `passwd=0x… "…"`)',
    keywords: ['=0x'],
    keywordWindow: { before: 60, after: 260 },
    pattern: /(?<![\w.])(?<key>[A-Za-z_]\w{0,40})=0x[0-9a-fA-F]{4,16}[ \t]"(?<secret>[^"\\\r\n]{4,200})"/,
    skipPlaceholderCheck: true,
    validate: (value, ctx) => {
      const reading = readSecretName(ctx.keyName ?? '');
      if (!reading || MASKED.test(value)) return false;
      return reading.kind === 'password' ? isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined : isLiteralToken(value, 16);
    },
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://sourceware.org/gdb/current/onlinedocs/gdb.html/Backtrace.html',
    revocationUrl: null,
    revocationNote: 'A backtrace through a login call prints its arguments: rotate the password, and cut arguments from shared backtraces.',
    examples: {
      positives: (g) => [
        `#3  0x00007ffff7e3b4d1 in mysql_real_connect (mysql=0x5555557a4020, host=0x5555557a13c0 "10.0.8.21", user=0x5555557a13e0 "app", passwd=0x5555557a1400 "${g.s(humanPassword(g))}", db=0x5555557a1420 "app", port=3306) at libmysql.c:1322`,
        `#2  0x000055555555a3b0 in api_login (api_token=0x7fffffffe010 "${g.s(g.hex(40))}") at src/api.c:41`,
      ],
      negatives: () => [
        '#3  0x00007ffff7e3b4d1 in mysql_real_connect (mysql=0x5555557a4020, host=0x5555557a13c0 "10.0.8.21", user=0x5555557a13e0 "app", passwd=0x0, db=0x5555557a1420 "app") at libmysql.c:1322',
        '#3  0x00007ffff7e3b4d1 in connect (passwd=0x5555557a1400 "********") at db.c:12',
      ],
    },
  },
  {
    id: 'unmasked-secret-in-log',
    provider: 'Logs',
    family: 'generic',
    // Exact ties go to generic-secret-assignment; this rule adds what logs print unquoted.
    priority: 'generic',
    description: 'Password or token printed in a log, an env dump or a debug dump (NAME=value, NAME: value)',
    keywords: LOGGED_SECRET_WORDS,
    keywordWindow: { before: 100, after: 600 },
    pattern: new RegExp(
      '(?<![A-Za-z0-9_.-])(?<key>[A-Za-z_][A-Za-z0-9_.-]{0,79})' +
        // `NAME=v`, `Name     = v` (aligned dumps), `NAME: v`, compact JSON lines (`"key":"v"`), dot leaders
        // (HikariCP's `password........"v"`), Spring Actuator's `"name": { "value": "v" }`.
        // A JS or Python object printed by a logger quotes with `'` (`auth: { username: 'u', password: 'v' }`).
        '(?:"?[ \\t]{0,16}=[ \\t]{0,4}"?|["\']?:[ \\t]{0,16}["\']?|":"|\\.{4,60}"?|"[ \\t]{0,4}:[ \\t]{0,4}\\{[ \\t]{0,4}"value"[ \\t]{0,4}:[ \\t]{0,4}")' +
        '(?<secret>[^\\s"\'`,;&<>{}()[\\]]{4,512})',
    ),
    skipPlaceholderCheck: true,
    // Its regex matches nearly every `name: value` near a common word: run it only where its validator may accept.
    appliesToPath: (path) => isLogContext(path) || TEXT_PATH.test(path ?? ''),
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
        // A count under a plural name (hashcat's status lines), a brute-forcer's dummy guess.
        '* Passwords.: 212000000',
        'ACCOUNT CHECK: [ftp] Host: 10.0.4.7 User: scanner (2 of 3, 1 complete) Password: 123456 (1 of 5 complete)',
        'PASSWORD_FILE=/run/secrets/db',
        'Jul 14 03:12:44 web-02 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/id',
        `Cache restored from key: node-modules-Linux-${g.hex(64)}`,
        `2024-12-01 09:15:02 INFO  rate limit key=${g.hex(40)} ttl=600`,
        `##[group]Run actions/cache@v4\nwith:\n  path: ~/.cache/pip\n  key: pip-Linux-x64-${g.hex(64)}\n##[endgroup]`,
        `"url": "https://api.stripe.com/v1/payment_intents/pi_${g.alnum(24)}?key=pk_live_${g.alnum(99)}"`,
      ],
    },
  },
];
