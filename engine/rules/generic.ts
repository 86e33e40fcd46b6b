// Generic detection: a value assigned to a name that says "secret", in any common syntax (code, JSON, YAML,
// .env, .properties, TOML, XML elements, shell exports, CLI flags). Precision comes from the shared
// placeholder filter, the key name's meaning, the file kind and the value's statistics (engine/entropy.ts).
import { letterSegments, looksRandom, wordCoverage } from '../entropy';
import { allowsUnquotedValues, fileKind } from '../fileKind';
import type { MatchContext, Rule } from '../types';

/** Case-insensitive letters without the `i` flag, so the lookahead below can still tell case apart. */
const ci = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const SECRET_WORDS = ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api[_-]?key', 'apikey', 'access[_-]?key', 'auth[_-]?key', 'client[_-]?secret', 'private[_-]?key', 'credentials?'];

// The name must end the word: `secretKey` and `secret_key` count, `secretlint` and `tokenizer` do not.
const SECRET_NAME = `(?:${SECRET_WORDS.map(ci).join('|')})(?![a-z])`;

/** The secret word inside a key name (last occurrence decides what the name is about). */
const SECRET_WORD_IN_KEY = /password|passwd|passphrase|pwd|secret|token|api_?key|apikey|access_?key|auth_?key|private_?key|credentials?/g;

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
]);

/** Words before the secret word that make the name describe something else (`nextToken`, `public_key`). */
const NON_SECRET_BEFORE = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'pagination', 'cursor', 'sync', 'csrf', 'xsrf', 'bos', 'eos', 'pad',
  'unk', 'sep', 'cls', 'mask', 'special', 'max', 'min', 'num', 'total', 'input', 'output', 'prompt', 'completion', 'forgot',
  'public', 'is', 'has', 'show', 'hide', 'use', 'enable', 'disable', 'require', 'requires', 'validate', 'check', 'no', 'start',
  'end', 'eof', 'cancellation', 'cancel', 'lexer', 'parser', 'syntax', 'ast', 'jsx', 'css', 'html', 'design', 'theme', 'color',
]);

/** Values made of code, not data: calls, member chains on well-known objects, interpolations, markup. */
function looksLikeCode(value: string): boolean {
  return /[()[\]{}<>]|=>|^(?:this|self|req|res|env|config|settings|process|os|new|await|function|lambda)\b|^\$[A-Za-z_]|^@[A-Za-z]/.test(value);
}

/** Values of a known non-secret shape: UUIDs, URLs, paths, integrity strings, data URIs, numbers, dates. */
function hasNonSecretShape(value: string): boolean {
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ||
    /^[a-z][a-z0-9+.-]{1,20}:\/\/(?![^/@\s]*:[^/@\s]*@)/i.test(value) ||
    /^(?:sha(?:1|256|384|512)|md5|blake2b?)[-:]/i.test(value) ||
    /^data:[\w/+.-]+[;,]/.test(value) ||
    // Paths are made of words (`config/prod/db`); base64 secrets contain slashes too but no words.
    (/^[\w.-]*\/[\w./-]*$/.test(value) && (wordCoverage(value) >= 0.5 || /^[.~]{0,2}\//.test(value))) ||
    /\.(?:js|ts|json|py|rb|go|java|html|css|md|txt|ya?ml|sh|png|svg|jpg)$/.test(value) ||
    /^[\d\s:./+-]+$/.test(value) ||
    /[^\x20-\x7e]/.test(value)
  );
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
  if (ctx.keyName && !keyNamesASecret(ctx.keyName)) return false;
  const before = ctx.text.charAt(ctx.start - 1);
  const quoted = before === '"' || before === "'" || before === '`';
  if (!quoted && !allowsUnquotedValues(ctx.path) && kind !== 'notebook') return false;
  // A quoted value that goes on after a space is a sentence (`"Unexpected token here"`), not a secret.
  if (quoted) {
    const after = ctx.text.charAt(ctx.end) === '\\' ? ctx.text.charAt(ctx.end + 1) : ctx.text.charAt(ctx.end);
    if (after !== before) return false;
  }
  // `name value` with only spaces between is an assignment for CLI flags and line-leading config keys, not in prose.
  if (key) {
    const between = ctx.text.slice(key.at + ctx.keyName!.length, ctx.start);
    if (!/[=:]/.test(between)) {
      const isFlag = ctx.text.charAt(key.at - 1) === '-';
      if (!isFlag && (kind === 'prose' || !onlySpaceBefore(ctx.text, key.at))) return false;
    }
  }
  if (looksLikeCode(value) || hasNonSecretShape(value)) return false;
  if (!looksRandom(value)) return false;
  // Tests and minified bundles are full of short dummies and generated names: ask for more length there.
  if ((kind === 'test' || kind === 'minified') && value.length < 12) return false;
  return true;
}

export const genericRules: Rule[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'Generic',
    family: 'generic',
    description: 'Hard-coded secret assigned to a secret-like name',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api_key', 'api-key', 'apikey', 'access_key', 'access-key', 'accesskey', 'auth_key', 'authkey', 'private_key', 'privatekey', 'credential'],
    // The key (≤ 30 characters before the name) and the value (≤ 200) sit close to the name: run only there.
    keywordWindow: { before: 64, after: 320 },
    // Quotes may be backslash-escaped (`\"token\": \"…\"` inside a string, a notebook cell's source).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<key>[A-Za-z0-9_-]{0,30}${SECRET_NAME}[A-Za-z0-9_-]{0,20})\\?["'\]]?[ \t]{0,4}(?:=|:=|:|=>|[ \t])[ \t]{0,4}[@rbuf]{0,2}\\?["'\x60]?(?<secret>[^\s"'\x60;,\\]{8,200})(?=\\?["'\x60]|[\s;,]|$)`,
      'm',
    ),
    validate: validateGeneric,
    envName: 'SECRET',
    severity: 'warning',
    docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
    revocationUrl: null,
    revocationNote: 'A generic secret: change it wherever it is issued (the service, account or database it belongs to).',
    examples: {
      positives: (g) => [
        `const dbPassword = "${g.s(`${g.alnum(10)}#${g.digits(3)}`)}";`,
        `client_secret: ${g.s(g.alnum(32))}`,
        `SECRET_KEY='${g.s(g.alnum(40))}'`,
        `mytool --password=${g.s(`${g.alnum(12)}!`)}`,
        `<add key="ApiKey" value="${g.s(g.alnum(32))}" />`.replace('key="ApiKey" value=', 'apiKey='),
        `raw = "{\\"apiToken\\": \\"${g.s(g.alnum(24))}\\"}"`,
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
