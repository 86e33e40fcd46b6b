// Generic detection: a value assigned to a name that says "secret", in any common syntax (code, JSON, YAML,
// .env, .properties, TOML, XML elements, shell exports, CLI flags). Precision comes from the shared
// placeholder filter, the key name's meaning, the file kind and the value's statistics (engine/validators/valueStats.ts).
import { letterSegments, looksRandom, wordCoverage } from '../validators/valueStats';
import { allowsUnquotedValues, fileKind } from '../validators/fileKind';
import type { MatchContext, Rule } from '../types';
import { namedPart } from './ruleBuilders';

/** Case-insensitive letters without the `i` flag, so the lookahead below can still tell case apart. */
const ci = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Kinds of key whose value is a credential (a bare `key` names too many other things to count). */
const KEY_KINDS = [
  'api', 'access', 'auth', 'private', 'app', 'application', 'write', 'master', 'signing', 'encryption', 'account', 'storage',
  'hmac', 'shared', 'license', 'sdk', 'service', 'admin', 'server', 'subscription', 'primary', 'secondary', 'ingest',
  'integration', 'merchant', 'webhook',
];

const SECRET_WORDS = ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', `(?:${KEY_KINDS.join('|')})[_.-]?key`, 'client[_-]?secret', 'credentials?', '[_-]pat', 'Pat', 'PAT'];

// The name must end the word: `secretKey` and `secret_key` count, `secretlint` and `tokenizer` do not.
const SECRET_NAME = `(?:${SECRET_WORDS.map(ci).join('|')})(?![a-z])`;

/** The secret word inside a key name (last occurrence decides what the name is about). */
const SECRET_WORD_IN_KEY = new RegExp(`password|passwd|passphrase|pwd|secret|token|(?:${KEY_KINDS.join('|')})_?key|credentials?|(?<=^|_)pat(?=_|$)`, 'g');

/** Words after the secret word that make the name describe something else (`passwordField`, `token_type`). */
const NON_SECRET_AFTER = new Set([
  'name', 'names', 'type', 'types', 'field', 'fields', 'label', 'labels', 'id', 'ids', 'url', 'uri', 'urls', 'endpoint', 'path',
  'file', 'files', 'dir', 'length', 'len', 'size', 'count', 'min', 'max', 'regex', 'pattern', 'policy', 'hint', 'prompt',
  'message', 'msg', 'error', 'err', 'placeholder', 'input', 'header', 'param', 'params', 'env', 'var', 'variable', 'ref',
  'reference', 'arn', 'hash', 'hashed', 'digest', 'checksum', 'sha', 'md', 'expiry', 'expires', 'expiration', 'expired',
  'ttl', 'timeout', 'lifetime', 'format', 'mode', 'enabled', 'required', 'provider', 'store', 'manager', 'service', 'class',
  'prefix', 'suffix', 'event', 'state', 'status', 'version', 'location', 'source', 'kind', 'scope', 'scopes', 'audience',
  'issuer', 'algorithm', 'alg', 'encoding', 'lookup', 'index', 'position', 'start', 'end', 'limit', 'usage',
  'strength', 'rules', 'reset', 'changed', 'visible', 'toggle', 'icon', 'button', 'form', 'text', 'title', 'description',
  'selector', 'handler', 'callback', 'validator', 'generator', 'parser', 'request', 'response', 'result', 'cache',
  'last', 'used', 'updated', 'created', 'date', 'time', 'at', 'spec', 'specs', 'alias', 'origin',
]);

/** Words before the secret word that make the name describe something else (`nextToken`, `public_key`). */
const NON_SECRET_BEFORE = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'pagination', 'cursor', 'sync', 'csrf', 'xsrf', 'bos', 'eos', 'pad',
  'unk', 'sep', 'cls', 'mask', 'special', 'max', 'min', 'num', 'total', 'input', 'output', 'prompt', 'completion', 'forgot',
  'public', 'is', 'has', 'show', 'hide', 'use', 'enable', 'disable', 'require', 'requires', 'validate', 'check', 'no', 'start',
  'end', 'eof', 'cancellation', 'cancel', 'lexer', 'parser', 'syntax', 'ast', 'jsx', 'css', 'html', 'design', 'theme', 'color',
  // Concurrency and idempotency tokens (`ChangeToken`, `ClientRequestToken`): identifiers, not credentials.
  'change', 'request', 'idempotency', 'lifecycle', 'action', 'term',
]);

/** Values made of code, not data: calls, member chains on well-known objects, interpolations, markup. */
function looksLikeCode(value: string, quoted: boolean): boolean {
  if (/[()[\]{}<>]|=>/.test(value)) return true;
  // Unquoted, `@Value`, `$var` and `config.x` are code; inside quotes they are just characters of the value.
  return !quoted && /^(?:this|self|req|res|env|config|settings|process|os|new|await|function|lambda)\b|^\$[A-Za-z_]|^@[A-Za-z]/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values of a known non-secret shape: URLs, paths, integrity strings, data URIs, numbers, dates. */
function hasNonSecretShape(value: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]{1,20}:\/\/(?![^/@\s]*:[^/@\s]*@)/i.test(value) ||
    /^(?:sha(?:1|256|384|512)|md5|blake2b?)[-:]/i.test(value) ||
    /^data:[\w/+.-]+[;,]/.test(value) ||
    // Password hashes (bcrypt, argon2, crypt, Django PBKDF2, LDAP SSHA): stored verifiers, not credentials.
    /^(?:\$2[abxy]?\$\d\d\$|\$argon2(?:id|i|d)\$|\$[156]\$|pbkdf2_sha\d+\$|\{S?SHA\d*\})/.test(value) ||
    isIdentifierName(value) ||
    // Paths are made of words (`config/prod/db`); base64 secrets contain slashes too but no words.
    (/^[\w.~-]*\/[\w./-]*$/.test(value) && (wordCoverage(value) >= 0.5 || /^(?:~|\.{1,2})?\/(?:[\w.-]{1,20}\/)*[\w.-]{1,20}$/.test(value))) ||
    /\.(?:js|ts|json|py|rb|go|java|html|css|md|txt|ya?ml|sh|png|svg|jpg)$/.test(value) ||
    /^[\d\s:./+-]+$/.test(value) ||
    /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ||
    /[^\x20-\x7e]/.test(value)
  );
}

/** Names, not values: `AZURE_SAS_URL`, `co-api-key`, `__app_token__` (letters-only parts joined by `_` or `-`). */
function isIdentifierName(value: string): boolean {
  if (/^_{0,2}(?:[A-Z]+(?:[_-][A-Z]+)+|[a-z]+(?:[_-][a-z]+)+)_{0,2}$/.test(value) || isSecretNamedIdentifier(value)) return true;
  // Enum-like constants with numbers (`RSA_4096`, `ECC_NIST_P256`): a letters-only part of 3+ next to short parts.
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && value.split('_').some((p) => /^[A-Z]{3,}$/.test(p)) && value.split('_').every((p) => p.length <= 8);
}

/** snake_case names that spell out what they hold (`__app_token__`, `user_password_v2`), not values. */
function isSecretNamedIdentifier(value: string): boolean {
  if (!/^(?:[a-z0-9_]+|[A-Z0-9_]+)$/.test(value)) return false;
  const parts = value.toLowerCase().split(/_+/).filter(Boolean);
  return parts.some((p) => /^(?:token|secret|password|passwd|key|auth|session|credentials?)$/.test(p)) && parts.filter((p) => !/^(?:[a-z]+|v?\d{1,2})$/.test(p)).length === 0;
}

/** Where the key sits, and whether a name in quotes is a quoted key (`"api_key": …`), not a quoted value's start. */
function keyShape(ctx: MatchContext): { at: number; wellQuoted: boolean } | undefined {
  if (!ctx.keyName) return undefined;
  const at = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (at < 0) return undefined;
  let open = ctx.text.charAt(at - 1);
  if (open !== '"' && open !== "'") return { at, wellQuoted: true };
  let close = ctx.text.charAt(at + ctx.keyName.length);
  if (close === '\\') close = ctx.text.charAt(at + ctx.keyName.length + 1);
  if (ctx.text.charAt(at - 2) === '\\') open = ctx.text.charAt(at - 1);
  return { at, wellQuoted: close === open };
}

/** The key's words on either side of its secret word decide whether the name is about a secret at all. */
export function keyNamesASecret(key: string): boolean {
  const words = letterSegments(key.replace(/[^A-Za-z]+/g, ' ')).map((w) => w.toLowerCase());
  const flat = words.join('_');
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  SECRET_WORD_IN_KEY.lastIndex = 0;
  while ((m = SECRET_WORD_IN_KEY.exec(flat)) !== null) last = m;
  if (!last) return false;
  const before = flat.slice(0, last.index).split('_').filter(Boolean);
  const after = flat.slice(last.index + last[0].length).split('_').filter(Boolean);
  if (after.some((w) => NON_SECRET_AFTER.has(w))) return false;
  const prev = before[before.length - 1];
  return prev === undefined || !NON_SECRET_BEFORE.has(prev);
}

/** Whether only blanks separate `at` from the start of its line. Walks back over blanks alone, so a long
 * minified line costs nothing per candidate (slicing the line up to here was quadratic on such lines). */
function onlySpaceBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function validateGeneric(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile') return false;
  const key = keyShape(ctx);
  // Notebook cells are code inside JSON strings: the quote before a name there opens the cell line.
  if (key && !key.wellQuoted && kind !== 'notebook') return false;
  // After an escape (`"…\nnextToken = …"` in a string), the escape's letter is not part of the name.
  const keyName = key && ctx.text.charAt(key.at - 1) === '\\' ? ctx.keyName!.replace(/^[ntr]/, '') : ctx.keyName;
  if (keyName && !keyNamesASecret(keyName)) return false;
  // PWD / OLDPWD are the shell's working directories, not passwords.
  if (ctx.keyName && /^(?:OLD)?PWD$/.test(ctx.keyName)) return false;
  const before = ctx.text.charAt(ctx.start - 1);
  const quoted = before === '"' || before === "'" || before === '`';
  // In code, an unquoted value is an identifier; a URL's query parameter (`?token=…&`) is data anywhere.
  const inQuery = key !== undefined && /[?&]/.test(ctx.text.charAt(key.at - 1));
  if (!quoted && !inQuery && !allowsUnquotedValues(ctx.path) && kind !== 'notebook') return false;
  // A quoted value that goes on after a space is a sentence (`"Unexpected token here"`), not a secret.
  if (quoted) {
    const after = ctx.text.charAt(ctx.end) === '\\' ? ctx.text.charAt(ctx.end + 1) : ctx.text.charAt(ctx.end);
    if (after !== before) return false;
  }
  if (key) {
    const between = ctx.text.slice(key.at + ctx.keyName!.length, ctx.start);
    const keyQuote = ctx.text.charAt(key.at - 1);
    if (/[=:]/.test(between)) {
      // `key = value`, `key: value`, `<add key="ApiKey" value="…">`
    } else if (between.includes('>')) {
      // `<apiKey>value</apiKey>` or `<string name="api_key">value</string>`: an XML element named for the secret.
      if (keyQuote !== '<' && !/\b(?:name|key)=["']$/.test(ctx.text.slice(Math.max(0, key.at - 6), key.at))) return false;
    } else if (between.includes(',')) {
      // `define('API_KEY', 'value')`, `Map.of("API_KEY", "value")`: a quoted name, then a quoted value. Lists of
      // names (`['api_key', 'GR1348941']`) look alike, so ask for a longer value here.
      if ((keyQuote !== '"' && keyQuote !== "'") || !quoted || value.length < 12) return false;
    } else {
      // `name value` with only spaces between: CLI flags and line-leading config keys, never prose.
      const isFlag = /^-/.test(ctx.keyName!) || ctx.text.charAt(key.at - 1) === '-';
      if (!isFlag && (kind === 'prose' || !onlySpaceBefore(ctx.text, key.at))) return false;
    }
  }
  if (looksLikeCode(value, quoted) || hasNonSecretShape(value)) return false;
  if (!looksRandom(value)) return false;
  // Tests and minified bundles are full of short dummies and generated names: ask for more length there.
  if ((kind === 'test' || kind === 'minified') && value.length < 12) return false;
  // A UUID under a key's, secret's or password's name is a credential (Postmark, Opsgenie, Heroku keys are
  // UUIDs); under a bare "token" it is as often a change or request id. In tests and docs UUIDs are fake ids.
  if (UUID.test(value) && (kind === 'test' || kind === 'prose' || !/key|secret|pass|pwd|credential|pat$/i.test(keyName ?? ''))) return false;
  // A token in an image URL's query (`badge.svg?token=…`) is a public embed token.
  if (inQuery && /\.(?:svg|png|gif|jpe?g)\?[^\s"'?]*$/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), key!.at))) return false;
  return true;
}

/** The name of a database's password (`DB_PASSWORD`, `postgresPass`, `MYSQL_PWD`), whose user and host are parts of it. */
const DATABASE_WORD = '(?:db|database|postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|redis|sql|mssql)';
const DATABASE_PASSWORD_NAME = new RegExp(`${DATABASE_WORD}[_.-]?(?:pass(?:word)?|pwd)`, 'i');

export const genericRules: Rule[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Hard-coded secret assigned to a secret-like name',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'credential', ...KEY_KINDS.flatMap((k) => [`${k}key`, `${k}_key`, `${k}-key`, `${k}.key`]), '_pat', '-pat', 'pat=', 'pat ', 'pat:', 'pat"', "pat'", 'pat>'],
    // The key (≤ 30 characters before the name) and the value (≤ 200) sit close to the name: run only there.
    keywordWindow: { before: 64, after: 320 },
    // Quotes may be backslash-escaped (`\"token\": \"…\"` inside a string, a notebook cell's source).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<key>[A-Za-z0-9_.-]{0,30}${SECRET_NAME}[A-Za-z0-9_.-]{0,20})\\?["']?\]?` +
        // An optional type annotation between name and `=` (`: &str`, `: String`, `: string`).
        String.raw`(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]{1,4})?[A-Za-z_][\w.<>\[\]?]{0,30}[ \t]{0,4}(?==))?` +
        String.raw`[ \t]{0,4}(?:=|:=|:|=>|>|,|[ \t]{1,4}value=|[ \t])[ \t]{0,4}[@rbuf]{0,2}\\?["'\x60]?(?<secret>[^\s"'\x60;,\\<&]{8,200})(?=\\?["'\x60]|[\s;,<&]|$)`,
      'm',
    ),
    validate: validateGeneric,
    envName: 'SECRET',
    severity: 'warning',
    docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
    revocationUrl: null,
    revocationNote: 'A generic secret: change it wherever it is issued (the service, account or database it belongs to).',
    // An OAuth client secret goes with its client ID; a database password with its user and host.
    parts: [
      namedPart({ id: 'client-id', label: 'client ID', appliesTo: /client[_.-]?secret/i, names: ['client[_-]?id'], value: '[A-Za-z0-9][A-Za-z0-9._@-]{5,120}', envName: 'CLIENT_ID' }),
      namedPart({ id: 'database-user', label: 'database user', appliesTo: DATABASE_PASSWORD_NAME, names: [`${DATABASE_WORD}[_-]?user(?:[_-]?name)?`], value: '[A-Za-z0-9_][A-Za-z0-9._@-]{0,63}', envName: 'DB_USER' }),
      namedPart({ id: 'database-host', label: 'database host', appliesTo: DATABASE_PASSWORD_NAME, names: [`${DATABASE_WORD}[_-]?(?:host(?:[_-]?name)?|server)`], value: '[A-Za-z0-9][A-Za-z0-9.-]{0,252}', envName: 'DB_HOST' }),
    ],
    examples: {
      positives: (g) => [
        `const dbPassword = "${g.s(`${g.alnum(10)}#${g.digits(3)}`)}";`,
        `client_secret: ${g.s(g.alnum(32))}`,
        `SECRET_KEY='${g.s(g.alnum(40))}'`,
        `mytool --password=${g.s(`${g.alnum(12)}!`)}`,
        `<add key="ApiKey" value="${g.s(g.alnum(32))}" />`.replace('key="ApiKey" value=', 'apiKey='),
        `raw = "{\\"apiToken\\": \\"${g.s(g.alnum(24))}\\"}"`,
        `oauth:\n  client_id: ${g.p(g.uuid())}\n  client_secret: ${g.s(g.alnum(32))}\n`,
        `DB_HOST=${g.p('pg-main.internal.corp')}\nDB_USER=${g.p('app_rw')}\nDB_PASSWORD=${g.s(`${g.alnum(14)}!${g.digits(2)}`)}\n`,
      ],
      negatives: () => [
        'password = "changeme"',
        'const password = process.env.DB_PASSWORD;',
        'api_key: ${API_KEY}',
        'token = "{{ vault_token }}"',
        "password = '%(password)s'",
        'const tokenizer = new Tokenizer();',
        'password_field = "passwordInput"',
        'secret: <your-secret-here>',
        'const secretName = "DATABASE_PASSWORD";',
        'ACCESS_TOKEN: "AccessToken_With_AuthScheme"',
        'const nextToken = "eyJwYWdlIjoyfQ";',
        '"password_label": "Forgot your password?"',
      ],
    },
  },
];
