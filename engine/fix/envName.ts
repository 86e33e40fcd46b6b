// Derives the name a secret is known by in its source (`stripeKey`, `"api_key":`) and turns it into the
// environment variable name "Move to .env" proposes (`STRIPE_KEY`, `STRIPE_API_KEY`). The rule, in order:
//  1. A password inside a URL is named after the URL's variable or scheme (`DATABASE_URL` → DATABASE_PASSWORD,
//     `mongodb://…` → MONGODB_PASSWORD), never after the URL's user name.
//  2. A context name with a word of its own (`billingSecret`, `DEPLOY_TOKEN`) is used, upper snake case,
//     without filler words (`my`, `this`, `X-` header prefixes), when it is ≥ 3 characters and is not a
//     well-known process variable (PATH, HOME, USER, PORT, …: writing a secret there would shadow it) —
//     unless the provider's conventional name holds all its words and more (`SLACK_BOT` → SLACK_BOT_TOKEN).
//  3. A context made only of secret-kind and filler words (`token`, `value`, `api_key`) says what kind of
//     secret it is but not whose: a provider rule names the provider (TOKEN + GitHub → the conventional
//     GITHUB_TOKEN; API_KEY + Stripe → STRIPE_API_KEY); other rules use the enclosing object, section or
//     dotted path (`smtp: { password }` → SMTP_PASSWORD), then a two-word kind (`CLIENT_SECRET`), then the
//     rule's own name, then `APP_` + the kind.
//  4. Otherwise the rule's conventional name (STRIPE_SECRET_KEY, GITHUB_TOKEN, OPENAI_API_KEY).
// Names are always `[A-Z_][A-Z0-9_]*` and at most MAX_NAME characters; uniqueness against the `.env` file is the
// store's job (stores/dotenv.ts appends `_2`, `_3`, …).
import { lineStartNear } from '../detect/lineStartNear';
import type { Rule } from '../types';

export const MAX_NAME = 48;

const ASSIGNMENT_TAIL = /(?:^|[^\w$.-])([A-Za-z_$][\w$.-]{0,80})["'`\]]?\s{0,4}(?::=|=>|\?\?=|\|\|=|[=:,])\s{0,4}(?:[A-Za-z@]{1,3}(?=["'`]))?["'`]{0,3}$/;

/** `token: string = "…"` (TypeScript, Python annotations): the name is before the type, not the type. */
const ANNOTATED_TAIL = /([A-Za-z_$][\w$]{0,80})\??[ \t]{0,4}:[ \t]{0,4}[A-Za-z_$][\w$.<>[\]|, \t]{0,60}=[ \t]{0,4}["'`]{0,3}$/;

/** The assigned name immediately before `start` on the same line, if the context shows one. */
export function keyNameBefore(text: string, start: number): string | undefined {
  const before = text.slice(lineStartBefore(text, start), start);
  // Each tail regex ends in `$` and is tried at every position of the line: it runs only when the line's end
  // has the shape its end needs (checked backwards, a few characters), which most values' lines do not.
  const quotes = trailingRun(before, before.length, isQuote);
  const flag = flagEnd(before) ? FLAG_TAIL.exec(before) : null;
  if (flag) return flag[1];
  const annotated = quotes <= 3 && before.charCodeAt(before.length - quotes - trailingRun(before, before.length - quotes, isBlank) - 1) === 61 /* = */ ? ANNOTATED_TAIL.exec(before) : null;
  if (annotated) return annotated[1];
  const m = quotes <= 3 && assignmentEnd(before, quotes) ? ASSIGNMENT_TAIL.exec(before) : null;
  if (!m) return undefined;
  const name = m[1]!.split('.').pop()!;
  return name.replace(/^\$/, '') || undefined;
}

const FLAG_TAIL = /--([A-Za-z][\w-]{0,60})[= ]["']?$/;

const isQuote = (c: number) => c === 34 || c === 39 || c === 96;
const isBlank = (c: number) => c === 32 || c === 9;
const isWhite = (c: number) => /\s/.test(String.fromCharCode(c));
const isLetterOrAt = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64;

/** How many characters before `end` satisfy `test`, counted backwards (stops at 8: callers allow fewer). */
function trailingRun(s: string, end: number, test: (c: number) => boolean): number {
  let n = 0;
  while (n < 8 && end - n > 0 && test(s.charCodeAt(end - n - 1))) n++;
  return n;
}

/** Whether `before` can end as FLAG_TAIL does: `[= ]` then at most one `"`/`'`. */
function flagEnd(before: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  if (last === 61 || last === 32) return true;
  if (last !== 34 && last !== 39) return false;
  const prev = before.charCodeAt(before.length - 2);
  return prev === 61 || prev === 32;
}

/**
 * Whether `before` can end as ASSIGNMENT_TAIL does: an operator ending in `=`, `>`, `:` or `,`, up to 4 blanks
 * (`\s`), optionally 1–3 letters or `@` followed by a quote, then the `quotes` trailing quotes (at most 3).
 */
function assignmentEnd(before: string, quotes: number): boolean {
  const operatorEnd = (at: number) => {
    const w = trailingRun(before, at, isWhite);
    if (w > 4) return false;
    const c = before.charCodeAt(at - w - 1);
    return c === 61 || c === 62 || c === 58 || c === 44;
  };
  const afterQuotes = before.length - quotes;
  if (operatorEnd(afterQuotes)) return true;
  if (quotes === 0) return false;
  const letters = trailingRun(before, afterQuotes, isLetterOrAt);
  for (let k = 1; k <= Math.min(3, letters); k++) if (operatorEnd(afterQuotes - k)) return true;
  return false;
}

function lineStartBefore(text: string, start: number): number {
  let lineStart = start;
  const limit = Math.max(0, start - 200);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return lineStart;
}

/** Words that say what kind of secret a value is, but not whose. */
const KIND = new Set(
  'KEY KEYS TOKEN TOKENS SECRET SECRETS PASSWORD PASSWORDS PASS PASSWD PWD PW PASSPHRASE API APIKEY ACCESS AUTH AUTHTOKEN CLIENT PRIVATE BEARER CREDENTIAL CREDENTIALS CRED CREDS SIGNING REFRESH PAT JWT'.split(
    ' ',
  ),
);
/** Words that carry no meaning in a name (`value`, `data`, `my`, `this`, a header's `X-`). */
const FILLER = new Set(
  'VALUE VALUES VAL DATA X TMP TEMP S T K V STR STRING RESULT RES RET CONFIG CFG CONF CONFIGURATION SETTINGS SETTING OPTS OPTIONS OPTION PARAMS PARAM ARGS ARG DEFAULT DEFAULTS MY THE THIS SELF NEW OLD FOO BAR BAZ ITEM OBJ OBJECT VAR ENV ENVIRONMENT HEADER HEADERS PROPS PROPERTIES INPUT OUTPUT CONST LOCAL CURRENT PAYLOAD BODY JSON DICT MAP NAME PROCESS OS ENVIRON WINDOW GLOBAL GLOBALS CONSTANTS INIT CREATE BUILD MAKE SETUP CONNECT OPEN GET SET OR AND OF FOR TO IN ON IF ELSE TRY EXCEPT FINALLY DO CLASS STRUCT TYPE INTERFACE ENUM RECORD IMPL FUNCTION FUNC FN DEF LET RETURN EXPORT EXPORTS MODULE PUBLIC PROTECTED STATIC FINAL READONLY AWAIT ASYNC'.split(
    ' ',
  ),
);
/** Process variables a secret must never shadow. */
const WELL_KNOWN = new Set(
  'PATH HOME USER USERNAME LOGNAME SHELL PWD OLDPWD LANG LANGUAGE TERM TMPDIR TMP TEMP NODE_ENV NODE_OPTIONS NODE_PATH HOSTNAME HOST PORT EDITOR VISUAL PAGER DISPLAY TZ MAIL CI DEBUG ENV PYTHONPATH PYTHONHOME GOPATH GOROOT JAVA_HOME CLASSPATH LD_LIBRARY_PATH LD_PRELOAD DYLD_LIBRARY_PATH PS1 IFS UID EUID PPID RANDOM SECONDS OSTYPE HISTFILE SHLVL COLUMNS LINES HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY SUDO_USER SSH_AUTH_SOCK PROMPT COMSPEC APPDATA USERPROFILE SYSTEMROOT WINDIR PATHEXT'.split(
    ' ',
  ),
);
const WELL_KNOWN_PREFIX = /^(?:LC_|XDG_|NPM_CONFIG_|NPM_PACKAGE_|GIT_)/;

/** Rule families whose names say whose secret it is (a provider), as opposed to what shape it has. */
const FORMAT_FAMILIES = new Set<Rule['family']>(['generic', 'token-format', 'database', 'credential-file', 'private-key']);

const URL_SUFFIX = /(?:^|_)(?:URL|URI|DSN|ENDPOINT|CONNECTION_STRING|CONN_STRING|CONN_STR|CONNECTION|CONN|ADDRESS|ADDR|HOST)$/;
const DB_SCHEMES: Record<string, string> = {
  postgres: 'POSTGRES',
  postgresql: 'POSTGRES',
  mysql: 'MYSQL',
  mariadb: 'MARIADB',
  mongodb: 'MONGODB',
  'mongodb+srv': 'MONGODB',
  redis: 'REDIS',
  rediss: 'REDIS',
  amqp: 'AMQP',
  amqps: 'AMQP',
  mssql: 'MSSQL',
  sqlserver: 'MSSQL',
};

export interface NameHints {
  /**
   * Names of the enclosing objects, sections or dotted path, nearest first (`smtp` for `smtp: { password: … }`);
   * a function when they are costly to find, called only when the name needs them.
   */
  qualifiers?: readonly string[] | (() => readonly string[]);
  /** The value is the password of a URL (`scheme://user:VALUE@host`). */
  urlPassword?: { scheme: string; key?: string };
  /** The context name is the tail of a longer non-ASCII identifier (`schlüssel` read as `ssel`): ignore it. */
  fragment?: boolean;
}

/** Upper-case words of an identifier: `stripeKey` → STRIPE KEY, `X-Api-Key` → X API KEY, `clé` → CLE. */
export function nameWords(name: string): string[] {
  // Accents are folded only when there are any (normalising is the costly step).
  const ascii = /[^\x00-\x7f]/.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : name;
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toUpperCase());
}

/** `stripeKey` → `STRIPE_KEY`, `api-key` → `API_KEY`; undefined when nothing usable is left. */
export function toEnvName(name: string): string | undefined {
  const words = dropLeadingDigits(nameWords(name));
  return words.length > 0 ? fit(words) : undefined;
}

function dropLeadingDigits(words: string[]): string[] {
  let i = 0;
  while (i < words.length && /^[0-9]/.test(words[i]!)) i++;
  return words.slice(i);
}

/** Joins words into at most MAX_NAME characters, keeping the first word and as many trailing words as fit. */
function fit(words: string[]): string {
  const joined = words.join('_');
  if (joined.length <= MAX_NAME) return joined;
  const first = words[0]!.slice(0, MAX_NAME);
  const tail: string[] = [];
  let length = first.length;
  for (let i = words.length - 1; i > 0; i--) {
    if (length + 1 + words[i]!.length > MAX_NAME) break;
    tail.unshift(words[i]!);
    length += 1 + words[i]!.length;
  }
  return [first, ...tail].join('_');
}

export function isWellKnownVariable(name: string): boolean {
  return WELL_KNOWN.has(name) || WELL_KNOWN_PREFIX.test(name);
}

/** A name that is safe and meaningful on its own. */
function usable(name: string): boolean {
  return /^[A-Z_][A-Z0-9_]*$/.test(name) && name.length >= 3 && name.length <= MAX_NAME && !isWellKnownVariable(name);
}

/** The provider part of a conventional name: its leading words before the first kind word (`NEW_RELIC` of NEW_RELIC_API_KEY). */
function providerWords(conventional: string): string[] {
  const words = conventional.split('_');
  const out: string[] = [];
  for (const w of words) {
    if (KIND.has(w)) break;
    out.push(w);
  }
  return out.length < words.length ? out : [];
}

function meaningful(words: readonly string[]): string[] {
  return words.filter((w) => !KIND.has(w) && !FILLER.has(w));
}

/** The first qualifier (nearest first) with a word of its own, as words. */
function qualifierWords(qualifiers: readonly string[]): string[] | undefined {
  for (const q of qualifiers) {
    const words = dropLeadingDigits(nameWords(q)).filter((w) => !FILLER.has(w) && !KIND.has(w));
    if (words.length > 0 && !isWellKnownVariable(words.join('_'))) return words;
  }
  return undefined;
}

/** The variable name to propose for a value the rule found, given the name the source gives it. */
export function suggestEnvName(keyName: string | undefined, rule: Pick<Rule, 'envName' | 'family'>, hints: NameHints = {}): string {
  const conventional = rule.envName;
  const byProvider = !FORMAT_FAMILIES.has(rule.family);
  if (hints.urlPassword) {
    // A provider token used as a URL password (`https://x-access-token:ghp_…@github.com`) keeps its provider name.
    if (byProvider) return conventional;
    const key = hints.urlPassword.key ? toEnvName(hints.urlPassword.key) : undefined;
    const base = key
      ?.replace(URL_SUFFIX, '')
      .split('_')
      .filter((w) => w && !FILLER.has(w));
    if (base && base.length > 0) {
      const name = fit([...base, 'PASSWORD']);
      if (usable(name)) return name;
    }
    const scheme = DB_SCHEMES[hints.urlPassword.scheme.toLowerCase()];
    if (scheme) return `${scheme}_PASSWORD`;
    return conventional;
  }
  // A dotted key (`config.smtp.password`): the last part names the value, the others qualify it.
  const parts = hints.fragment || !keyName ? [] : keyName.split('.').filter(Boolean);
  const own = parts.length > 0 ? parts[parts.length - 1]! : undefined;
  const enclosing = () => (typeof hints.qualifiers === 'function' ? hints.qualifiers() : (hints.qualifiers ?? []));
  let words = own ? dropLeadingDigits(nameWords(own)) : [];
  // Filler at either end (`myToken`, `X-Api-Key`, `apiKeyValue`) adds nothing.
  while (words.length > 1 && FILLER.has(words[0]!)) words = words.slice(1);
  while (words.length > 1 && FILLER.has(words[words.length - 1]!)) words = words.slice(0, -1);
  const kind = words.filter((w) => KIND.has(w));
  if (meaningful(words).length > 0) {
    const name = fit(words);
    // `stripe = …`, `SLACK_BOT = …`: a conventional name holding every word of the context says more.
    const conventionalWords = conventional.split('_');
    const saysLess = byProvider && kind.length === 0 && words.every((w) => conventionalWords.includes(w));
    if (usable(name) && !saysLess) return name;
    if (byProvider) return conventional;
  }
  // Only kind and filler words (or none): say whose secret it is.
  if (byProvider) {
    if (kind.length < 2) return conventional;
    const phrase = kind.join('_');
    if (conventional === phrase || conventional.endsWith(`_${phrase}`)) return conventional;
    const provider = providerWords(conventional);
    const combined = provider.length > 0 ? fit([...provider, ...kind]) : conventional;
    return usable(combined) ? combined : conventional;
  }
  const normalised = kind.map((w) => (w === 'PASS' || w === 'PASSWD' || w === 'PWD' || w === 'PW' ? 'PASSWORD' : w));
  const qualifier = qualifierWords(parts.slice(0, -1).reverse()) ?? qualifierWords(enclosing());
  if (qualifier && normalised.length > 0) {
    const name = fit([...qualifier, ...normalised]);
    if (usable(name)) return name;
  }
  if (normalised.length >= 2) {
    const name = fit(normalised);
    if (usable(name)) return name;
  }
  if (rule.family !== 'generic' && usable(conventional)) return conventional;
  return normalised.length > 0 ? fit(['APP', ...normalised]) : usable(conventional) ? conventional : 'APP_SECRET';
}

const URL_USERINFO_TAIL = /(?:^|[^A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/[^\s/@:"'`]{0,100}:$/;
/**
 * `name: {`, `"name": {`, `name = Type(`, `name := &Type{`, `class Name {`: the name, then the type or callee.
 * Each identifier starts at a word start and is followed by a non-identifier character, so a match has one
 * way to split the text (no quadratic backtracking on the ≤ 80 characters it sees).
 */
const NAME_BEFORE_BLOCK = /(?:^|[^\w$.-])([A-Za-z_$][\w$.-]{0,60})["'`]?(?:(?:\s{0,4}(?::=|=>|[:=])\s{0,4}|\s{1,4})&?([A-Za-z_$][\w$.]{0,60}))?\s{0,4}(?::=|=>|[:=])?\s{0,2}$/;

/** What the text around a value says about its name beyond the assigned key (see NameHints). */
export function nameHints(text: string, start: number, keyName: string | undefined): NameHints {
  const hints: NameHints = {};
  const lineStart = lineStartBefore(text, start);
  const before = text.slice(lineStart, start);
  const url = URL_USERINFO_TAIL.exec(before);
  if (url) {
    const urlStart = lineStart + url.index + (url[0].startsWith(url[1]!) ? 0 : 1);
    hints.urlPassword = { scheme: url[1]!, key: keyNameBefore(text, urlStart) ?? keyNameBefore(text, Math.max(lineStart, urlStart - 1)) };
    return hints;
  }
  if (keyName) {
    const at = before.lastIndexOf(keyName);
    // `schlüssel = …` is read as `ssel`: the character before the name is a letter the name pattern cannot hold.
    if (at > 0 && /[^\x00-\x7f]/.test(before[at - 1]!) && /\p{L}|\p{M}/u.test(before[at - 1]!)) hints.fragment = true;
    hints.qualifiers = () => enclosingNames(text, at >= 0 ? lineStart + at : start);
  }
  return hints;
}

/** How far back enclosing blocks are looked for: a bounded cost per finding. */
const BLOCK_LOOKBACK = 2000;

/**
 * Naming reads only text before the value, at most this far back: a caller that scanned a window of a larger
 * text (the server's incremental rescans) gets the full-text name from envNameAt over this much text.
 */
export const NAME_CONTEXT_CHARS = BLOCK_LOOKBACK + 400;

/** The name a value at `start` in `text` gets (what the scanner puts in Finding.envName). */
export function envNameAt(text: string, start: number, keyName: string | undefined, rule: Pick<Rule, 'envName' | 'family'>): string {
  return suggestEnvName(keyName, rule, nameHints(text, start, keyName));
}

/**
 * Names of the blocks around `at`, nearest first: the key before an unclosed `{`, `(` or `[` (JSON, JS, Python
 * dicts and calls, Go struct literals) and the keys of YAML sections indented less than the line of `at`.
 */
function enclosingNames(text: string, at: number): string[] {
  const names: string[] = [];
  // The search stops at the first name that can qualify: the caller uses only that one.
  const found = () => names.length >= 6 || (names.length > 0 && qualifierWords(names) !== undefined);
  const from = Math.max(0, at - BLOCK_LOOKBACK);
  // Dotted or indexed access right before the key: `config.smtp.password`, `settings["smtp"]["password"]`.
  if (/[.["'`]/.test(text.charAt(at - 1))) {
    const access = /(?:^|[^\w$])([A-Za-z_$][\w$]{0,60})(?:\.|\[["'`]|["'`]\]\[["'`])$/.exec(text.slice(Math.max(from, at - 80), at));
    if (access) names.push(access[1]!);
  }
  let depth = 0;
  for (let i = at - 1; i >= from && !found(); i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 41 || c === 93)
      depth++; // } ) ]
    else if (c === 123 || c === 40 || c === 91) {
      // { ( [
      if (depth > 0) depth--;
      else {
        const m = NAME_BEFORE_BLOCK.exec(text.slice(Math.max(from, i - 80), i));
        if (m) names.push(...[m[1], m[2]].filter((n): n is string => n !== undefined).map((n) => n.split('.').pop()!));
      }
    }
  }
  // YAML: the keys of the sections the line sits in (`database:` above an indented `password:`).
  // Bounded look-back: on a minified one-line file an unbounded search per finding was quadratic. A line that
  // starts before the floor has no sections above it within reach.
  const lineStart = lineStartNear(text, at, from);
  let indent = lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 ? 0 : /^[ \t-]*/.exec(text.slice(lineStart, at))![0].length;
  let cursor = lineStart - 1;
  while (indent > 0 && cursor > from && !found()) {
    const prevStart = lineStartNear(text, cursor, from);
    const line = text.slice(prevStart, cursor);
    cursor = prevStart - 1;
    const m = /^([ \t]*)(?:-[ \t]+)?["']?([A-Za-z_][\w.-]{0,60})["']?:[ \t]*$/.exec(line);
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() === '' || lineIndent >= indent) continue;
    indent = lineIndent;
    if (m) names.push(m[2]!);
  }
  return names;
}
