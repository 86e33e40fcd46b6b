// Secrets listed in a map whose name says what it holds: `SERVICE_TOKENS = {"billing": "…"}` (Python),
// `const apiKeys = { search: '…' }` (JS), `'passwords' => ['db' => '…']` (PHP), `"tokens": {"ci": "…"}` (JSON),
// `partnerSecrets := map[string]string{"acme": "…"}` and `map[string][]byte{"2024-06": []byte("…")}` (Go), `WEBHOOK_SECRETS = Map.ofEntries(entry("acme", "…"))` and
// `Map.of("acme", "…")` (Java), `$BranchKeys = @{ 'HH' = '…' }` (PowerShell). Each entry's own key names a service or an
// environment, not a secret, so the generic rule never sees a secret's name: the map's name gives it. The same names
// hold tables of issued keys the other way round (`apiKeys := map[string]string{"<key>": "partner-acme"}`, a Python
// `VALID_TOKENS = {"<token>": "ci"}`) and plain lists of them (`ALLOWED_API_KEYS = ["<key>", "<key>"]`).
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { readSecretName, type SecretNameReading } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import { looksRandom, wordCoverage } from '../../validators/valueStats';
import { isLiteralToken } from '../../validators/literalArgument';
import type { MatchContext, Rule } from '../../types';
import { openerBefore } from '../../detect/brackets';

/**
 * Entry keys that hold a token's attributes, not a token (`{"type": "bearer", "expires": …}`); a public key's parts
 * and ids (`modulus`, `exponent`, `kid`, `thumbprint`) are public whatever the map is named (gcloud's `windows-keys`
 * metadata, JWKS).
 */
const ATTRIBUTE_KEY =
  /^(?:type|kind|name|id|url|uri|host|header|prefix|format|scope|scopes|alg|algorithm|issuer|iss|audience|aud|expires?(?:_at|_in|At|In)?|ttl|description|label|env|path|file|created(?:_at|At)?|updated(?:_at|At)?|user(?:name)?|owner|email|modulus|exponent|kid|kty|thumbprint|fingerprint)$/i;

/** Plural secret words a map's name ends with. */
const PLURALS = ['tokens', 'keys', 'secrets', 'passwords', 'passwds', 'passphrases', 'credentials', 'creds', 'pats', 'users', 'logins'];
/** How a map literal opens after its name, lower case as the prefilter sees it. */
const OPENINGS = [
  ' = {',
  '={',
  ' = [',
  ': {',
  '": {',
  '":{',
  "' => [",
  '" => [',
  "' => array(",
  ' = map[',
  ' := map[',
  ' = dict(',
  ' = map.of(',
  ' = map.ofentries(',
  ' = @{',
  ' = new set([',
  ' = set([',
  ' = new()',
  ' = new dictionary<',
];

/** How far back the map's opening bracket may be. */
const MAX_MAP = 4000;

/**
 * The name the map is given: `NAME = {`, `NAME: {`, `"NAME": {`, `'NAME' => [`, `NAME := map[string]string{`,
 * `var NAME = map[…]…{`, `NAME = dict(`, `Map<String, String> NAME = Map.of(`, PowerShell's `$NAME = @{`, C#'s
 * `Dictionary<string, string> NAME = new()` or `= new Dictionary<string, string>` with its `{` on the next line.
 */
const MAP_NAME =
  /(?:^|[^\w$])["']?([A-Za-z_$][\w$-]{0,80})["']?[ \t]{0,2}(?::=|=>|[:=])[ \t]{0,4}(?:map\[[^\]\n]{1,40}\](?:\[\])?[\w.*]{1,40}[ \t]{0,2}|dict[ \t]{0,2}|(?:Map|Hash|ImmutableMap|Collections)\.\w{1,20}[ \t]{0,2}|new[ \t]{1,4}[\w.<>, ]{1,60}[ \t]{0,2}(?:\(\)[ \t]{0,2}|\()?|(?:frozen)?set\(|@|new[ \t]{0,4}(?:[\w.<>, ]{1,60})?\(\)[ \t]{0,8}\r?\n[ \t]{0,40}|new[ \t]{1,4}[\w.<>, ]{1,60}\r?\n[ \t]{0,40})?$/;

/** A map of users named for how they log in (basic auth, htpasswd): its values are their passwords. */
const AUTH_USERS = /(?:^|[_.-]|[a-z])(?:basic|BASIC|Basic|basic_auth|BASIC_AUTH|BasicAuth|htpasswd|HTPASSWD|Htpasswd)[_-]?(?:users|USERS|Users|logins|LOGINS|Logins)$/;

/** What the map's name says its values are: a plural secret word (`tokens`, `apiKeys`, `SERVICE_SECRETS`). */
export function mapReading(name: string): SecretNameReading | undefined {
  // A table of basic-auth or login users (`BASIC_USERS = { ["ops"] = "…" }`, `htpasswd_users`): user name to password.
  if (AUTH_USERS.test(name)) return { kind: 'password', word: 'password' };
  if (!/(?:tokens|keys|secrets|passwords|passwds|passphrases|credentials|creds|pats)$/i.test(name)) return undefined;
  // An operation (`ListApiKeys`, `rotate_secrets`) names what it acts on, not what the map holds.
  if (/^(?:list|get|describe|create|delete|update|rotate|fetch|revoke|generate|validate|verify|load|read|find|set|put|remove|import|export)(?:[A-Z_-]|$)/i.test(name)) return undefined;
  return readSecretName(name) ?? readSecretName(name.replace(/s$/i, ''));
}

function validateMapEntry(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || isApiExamples(ctx.path)) return false;
  const entryKey = ctx.keyName ?? '';
  // An entry whose key names a secret itself is the generic assignment rule's; attributes are no secrets.
  if (entryKey === '' || ATTRIBUTE_KEY.test(entryKey) || readSecretName(entryKey) !== undefined) return false;
  const keyAt = ctx.text.lastIndexOf(entryKey, ctx.start);
  // Lua's and C#'s bracketed keys (`["ops"] = "…"`): the map opens before the key's own `[`.
  let opener = openerBefore(ctx.text, /\[["']$/.test(ctx.text.slice(Math.max(0, keyAt - 2), keyAt)) ? keyAt - 2 : keyAt, MAX_MAP);
  // Java's `Map.ofEntries(entry("k", "v"), …)`: the entry's own call sits inside the map's.
  if (opener >= 0 && /\bentry[ \t]{0,2}$/.test(ctx.text.slice(Math.max(0, opener - 12), opener))) opener = openerBefore(ctx.text, opener, MAX_MAP);
  if (opener < 0) return false;
  // A pair of call arguments (`"k", "v"`) is an entry only in `Map.of(` / `Map.ofEntries(entry(`.
  if (
    /^["'][ \t]{0,2},/.test(ctx.text.slice(keyAt + entryKey.length, keyAt + entryKey.length + 4)) &&
    !/(?:Map|ImmutableMap)\.of(?:Entries)?[ \t]{0,2}$/.test(ctx.text.slice(Math.max(0, opener - 24), opener)) &&
    !/\bentry[ \t]{0,2}\($/.test(ctx.text.slice(Math.max(0, keyAt - 12), keyAt - 1))
  )
    return false;
  const name = MAP_NAME.exec(ctx.text.slice(Math.max(0, opener - 160), opener))?.[1];
  const reading = name === undefined ? undefined : mapReading(name);
  if (!name || !reading) return false;
  // Only the map's name says a user's entry is a password (not a role or a label such as `read-only`): ask for a digit or a symbol.
  if (AUTH_USERS.test(name) && !/\d|[^\w\s.-]/.test(value)) return false;
  const strict = kind === 'test';
  const quote = ctx.text.charAt(ctx.start - 1);
  // Nothing but the map's name says these are tokens: ask for a generated-looking value, not a word (`nextToken`).
  if (reading.kind !== 'password' && (value.length < 16 || wordCoverage(value) >= 0.6)) return false;
  const verdict = namedValueVerdict(value, name, reading, { strict, quote });
  return verdict === undefined;
}

export const secretMapRule: Rule = {
  id: 'generic-secret-map-entry',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded token, key or password listed in a map named for them (SERVICE_TOKENS = {"billing": …})',
  // The map's name with the opening of its literal (`tokens = {`, `Keys": {`, `passwords' => [`, `Secrets := map[`):
  // `Object.keys(` and `tokens.length` never wake the rule.
  keywords: PLURALS.flatMap((w) => OPENINGS.map((o) => w + o)),
  // The map's name comes first; its entries follow within a few kilobytes.
  keywordWindow: { before: 0, after: 3000 },
  // Entries start a line or follow `{` or `,`: V8 rejects every other position on its first character.
  pattern:
    /(?:^|[{,(])[ \t]{0,40}(?:entry\(|\[(?=["']))?["']?(?<key>[A-Za-z0-9_.@/-]{1,64})["']?\]?[ \t]{0,2}(?:=>|:|=|(?<=["'][ \t]{0,2}),)[ \t]{0,16}(?:[bB](?=["'])|\[\]byte\()?["'](?<secret>[^"'\s\\]{8,200})["'][ \t]{0,4}(?=[,}\])\n]|$)/m,
  validate: validateMapEntry,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Revoke each token in the map where it was issued, and load the map from a secret store or the environment.',
  examples: {
    positives: (g) => [
      `SERVICE_TOKENS = {\n    "billing": "${g.s(g.alnum(40))}",\n    "search": "${g.s(g.hex(40))}",\n}`,
      `const partnerApiKeys = {\n  acme: '${g.s(g.alnum(32))}',\n  globex: '${g.s(g.alnum(32))}',\n};`,
      `'passwords' => [\n    'reporting' => '${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!`)}',\n],`,
      `var webhookSecrets = map[string]string{\n\t"stripe": "${g.s(g.alnum(32))}",\n}`,
      `var signingKeys = map[string][]byte{\n\t"2024-06": []byte("${g.s(g.alnum(40))}"),\n}`,
      `WEBHOOK_SECRETS = {\n    "github": b"${g.s(g.hex(40))}",\n}`,
      `static final Map<String, String> WEBHOOK_SECRETS = Map.ofEntries(\n    entry("northwind", "${g.s(g.hex(40))}"),\n    entry("contoso", "${g.s(g.alnum(32))}"));`,
      `static final Map<String, String> PARTNER_TOKENS = Map.of(\n    "acme", "${g.s(g.alnum(40))}",\n    "globex", "${g.s(g.hex(32))}");`,
      `local API_TOKENS = {\n  ["ci"] = "${g.s(g.alnum(32))}",\n}`,
      `local BASIC_USERS = {\n  ["ops"] = "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}+`)}",\n}`,
      `$BranchKeys = @{\n    'HH' = '${g.s(g.alnum(32))}'\n    'MUC' = '${g.s(g.alnum(32))}'\n}`,
      // C#'s index initializers under a target-typed `new()` (rw-dev20).
      `private static readonly Dictionary<string, string> BranchKeys = new()\n{\n    ["VENLO"] = "${g.s(g.alnum(32))}",\n    ["GDANSK"] = "${g.s(g.alnum(24))}",\n};`,
      `static readonly Dictionary<string, string> PartnerTokens = new Dictionary<string, string>\n    {\n        ["acme"] = "${g.s(g.hex(40))}",\n    };`,
    ],
    negatives: (g) => [
      `SERVICE_TOKENS = {\n    "billing": "changeme",\n    "search": os.environ["SEARCH_TOKEN"],\n}`,
      `keys = {\n  "up": "ArrowUp",\n  "down": "ArrowDown",\n}`,
      `TOKENS = {\n  "type": "bearer",\n  "expires_at": "2024-05-01T00:00:00Z",\n}`,
      `windows_keys = {"userName": "admin", "modulus": "${g.base64(64)}", "exponent": "AQAB"}`,
      `public_keys = {\n  "kid1": "${g.alnum(40)}",\n}`,
      `config = {\n  "billing": "${g.alnum(40)}",\n}`,
      `cache_keys = {\n  "user": "user:profile:v2",\n}`,
      `{ "ListApiKeys": {\n  "input_token": "nextToken",\n  "result_key": "apiKeys"\n} }`,
      `SERVICE_TOKENS = {\n  "billing": "nextPageTokenValue",\n}`,
      `static final List<String> PARTNER_TOKENS = List.of(\n    "acme", "${g.alnum(40)}");`,
      `local BASIC_USERS = {\n  ["ops"] = "operator",\n  ["support"] = "read-only",\n}`,
    ],
  },
};

/** The map or list holding `at`, named for secrets (`apiKeys`, `VALID_TOKENS`): its name's reading. */
function containerReading(text: string, at: number): SecretNameReading | undefined {
  const opener = openerBefore(text, at, MAX_MAP);
  if (opener < 0) return undefined;
  const name = MAP_NAME.exec(text.slice(Math.max(0, opener - 160), opener))?.[1];
  return name === undefined ? undefined : mapReading(name);
}

function validateKeyEntry(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || isApiExamples(ctx.path)) return false;
  // Only generated-looking keys: nothing but the container's name says what they are.
  if (!looksRandom(value) || !isLiteralToken(value.replace(/=+$/, ''), 20)) return false;
  const reading = containerReading(ctx.text, ctx.start);
  return reading !== undefined && reading.kind !== 'password';
}

export const secretMapKeyRule: Rule = {
  id: 'generic-secret-map-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded keys or tokens as the entries of a table or list named for them (apiKeys = {"<key>": "partner"}, ALLOWED_TOKENS = [ … ], new Set([ … ]))',
  keywords: PLURALS.flatMap((w) => OPENINGS.map((o) => w + o)),
  keywordWindow: { before: 0, after: 3000 },
  // A key with a short name after it (`"<key>": "partner-acme"`), or a list element (`"<key>",`).
  pattern: /(?:^|[[{,])[ \t]{0,40}["'](?<secret>[A-Za-z0-9_.+/=-]{20,200})["'][ \t]{0,4}(?:(?:=>|:)[ \t]{0,2}["'][^"'\n]{1,80}["']|(?=[,\]}]|$))/m,
  validate: validateKeyEntry,
  envName: 'API_KEYS',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Revoke each key in the table where it was issued (or stop accepting it), and load the table from a secret store.',
  examples: {
    positives: (g) => [
      `var apiKeys = map[string]string{\n\t"${g.s(g.alnum(32))}": "partner-fastship",\n\t"${g.s(g.hex(40))}": "partner-erp",\n}`,
      `VALID_TOKENS = {\n    "${g.s(g.alnum(40))}": "ci",\n}`,
      `const ALLOWED_API_KEYS = [\n  '${g.s(g.alnum(32))}',\n  '${g.s(g.alnum(32))}',\n];`,
      // An allow-list as a set (JavaScript's \`new Set([…])\`, Python's \`set([…])\`).
      `const STUDENT_TOKENS = new Set(['${g.s(g.alnum(32))}', '${g.s(g.base64url(43))}']);`,
      `VALID_API_KEYS = set(["${g.s(g.alnum(40))}"])`,
    ],
    negatives: (g) => [
      `var apiKeys = map[string]string{\n\t"partner-fastship": os.Getenv("FASTSHIP_KEY"),\n}`,
      `public_keys = {\n  "${g.alnum(32)}": "kid1",\n}`,
      `chunks = {\n  "${g.hex(32)}": "vendor",\n}`,
      `const ALLOWED_API_KEYS = [process.env.KEY_A, process.env.KEY_B];`,
      `TOKENS = [\n  "access_token_expiry_seconds",\n]`,
      `const SEEN_TOKENS = new Set([lastToken, ${g.digits(3)}]);`,
      `const PUBLIC_KEYS = new Set(['${g.alnum(32)}']);`,
    ],
  },
};
