// Passwords in rows of credentials: tuples and lists of a login and its password, as seed scripts, fixtures and
// parametrized tests hold them. No row names its password; the rows' header does:
// - the list or map they sit in is named for accounts (`STAGING_USERS = [("qa", "…", Role.ADMIN)]`,
//   `users = { bob: '…' }`, `kUsers{{"operator", "…"}}`, `accounts = listOf("eu" to "…")`);
// - or a list of names of the same length nearby says which column is the password: the loop that reads the
//   rows (`for username, password, role in USERS`, `for {email, password, role} <- [`, `for (const [email,
//   password] of seed)`), the test's parameters (`@pytest.mark.parametrize("username,password,ok", …)`,
//   `it.each([...])('…', (user, password, status) =>`, `void login(String user, String password, boolean ok)`
//   after `@CsvSource`/`[InlineData]`), or a Go table test's struct fields (`user string; pass string`, or
//   several on one line: `name, user, pw string`; in a test a password there must look chosen, as test tables
//   are full of dummies);
// - or, with no header, the value ends a tuple of three or more after a login in a list named for credentials
//   (`CREDENTIALS = [("ftp", "partner", "…")]`: service, login, password), and looks chosen.
import { lineSaysNotSecret } from '../../validators/notSecretRemark';
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { nameWords, readSecretName } from '../../validators/secretName';
import { passwordVerdict, tokenVerdict } from '../../validators/secretValue';
import { strongLooking } from '../prose';
import type { MatchContext, Rule } from '../../types';
import { twoWordPassword } from '../humanPasswords';
import { openerBefore } from '../../detect/brackets';
import { lineStartNear } from '../../detect/lineStartNear';
import { lowerBound } from '../../lineIndex';

/** How far the header may be from the rows. */
const HEADER_REACH = 1200;
/** How far back a row's container may open. */
const CONTAINER_REACH = 3000;

/** Names of containers of accounts (the map or list itself says its entries are logins and passwords). */
// `admins` (maubot's admin logins), and `users` in the languages code is written in (PHP's `$kullanicilar = array(…)`).
const ACCOUNTS_NAME = /(?:users|admins|accounts|logins|credentials|creds|basic_?auth|passwords|passwds|kullan[iı]c[iı]lar|benutzer|utilisateurs|usuarios|utenti|gebruikers)$/i;
/**
 * A container named for accounts; an operation (`ListAccounts`, `get_users`, an API's paginator entry) names what
 * it acts on, not what the map holds.
 */
function accountsName(name: string): boolean {
  return (
    ACCOUNTS_NAME.test(name) &&
    !/^(?:list|get|describe|create|delete|update|rotate|fetch|revoke|generate|validate|verify|load|read|find|search|set|put|remove|import|export|add|invite|sync|count|query|batch|admin)(?:[A-Z_-]|$)/i.test(
      name,
    )
  );
}

/** A column named for the password. */
const PASSWORD_COLUMN = /^(?:pass|passwd|password|passphrase|pw|pwd|psw|pword|pass_?word|user_?pass(?:word)?|plain_?password)$/i;
/** A column named for the login. */
const USER_COLUMN = /^(?:user|username|user_?name|login|email|e_?mail|account|principal|usr|uname|name|u)$/i;
/** Entry keys that are a record's fields, not logins (`{'user': 'app', 'host': 'db'}`). */
const NOT_A_LOGIN = /^(?:id|role|roles|host|hostname|port|url|uri|type|kind|db|database|realm|domain|scope|group|tenant|region|env|mode|method|scheme|status)$/i;
/** A record's own user or password field, as a map key (`"user":`, `password =>`). */
const RECORD_FIELD = /(?:^|[{,\s])["']?(?:user|username|user_?name|login|email|pass|passwd|password|pwd)["']?[ \t]{0,2}(?::|=>|=)/i;
/** A login: one word, maybe dotted, dashed or an email address. */
const LOGIN = /^[\w.+@-]{1,64}$/;

interface Span {
  open: number;
  close: number;
}

/** The bracket span around `at` at depth 0 (skipping quoted strings is not needed for the short rows read here). */
function enclosing(text: string, at: number, reach: number): Span | undefined {
  const open = openerBefore(text, at, reach);
  if (open < 0) return undefined;
  let depth = 0;
  for (let i = open + 1; i < Math.min(text.length, at + reach); i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const end = text.indexOf(String.fromCharCode(c), i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === 0x7b || c === 0x5b || c === 0x28) depth++;
    else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (depth === 0) return { open, close: i };
      depth--;
    }
  }
  return undefined;
}

/** A row's top-level elements, split at commas outside quotes and brackets. */
function elements(row: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '"' || c === "'") {
      const end = row.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(row.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = row.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

/** One name from a parameter or binding: `String user`, `user: String`, `$user`, `final String pw`. */
function bindingName(part: string): string | undefined {
  const eq = part.indexOf('=');
  // MySQL quotes identifiers in backticks (phpMyAdmin and mysqldump: ``INSERT INTO `users` (`id`, `password`)``).
  const p = (eq < 0 ? part : part.slice(0, eq)).trim().replace(/^`([^`]{1,40})`$/, '$1');
  const typed = /^[$&*]?([A-Za-z_]\w{0,40})\s*:\s*\S/.exec(p);
  if (typed) return typed[1];
  const m = /^(?:(?:final|val|var|let|const|mut|readonly)\s+)?(?:[\w.<>[\]?]{1,40}\s+)?[$&*]?([A-Za-z_]\w{0,40})$/.exec(p);
  return m?.[1];
}

/**
 * The fields of a Go struct, in order: one line may declare several of one type (`name, user, pw string`), a field
 * may carry a tag or a comment (`Pass string \`json:"pass"\` // login`). A line that reads as no field spoils the list.
 */
function structFields(body: string): (string | undefined)[] {
  const fields: (string | undefined)[] = [];
  for (const line of body.split(/\r?\n|;/)) {
    const l = line.trim();
    if (l === '' || l.startsWith('//')) continue;
    const m = /^([A-Za-z_]\w{0,40}(?:[ \t]{0,4},[ \t]{0,4}[A-Za-z_]\w{0,40}){0,12})[ \t]{1,16}[\w.*[\]]{1,80}[ \t]{0,16}(?:`[^`\n]{0,200}`)?[ \t]{0,16}(?:\/\/[^\n]{0,400})?$/.exec(l);
    if (m) fields.push(...m[1]!.split(',').map((f) => f.trim()));
    else fields.push(undefined);
  }
  return fields;
}

/** A list of column names; `struct` for a Go struct's fields (a table test's header). */
interface Header {
  names: string[];
  struct: boolean;
}

/** Name lists near the rows: bracketed bindings and parameters, quoted CSV headers, `for a, b in`, struct fields. */
function headers(text: string, from: number, to: number): Header[] {
  const zone = text.slice(Math.max(0, from), Math.min(text.length, to));
  const lists: Header[] = [];
  const add = (names: (string | undefined)[], struct = false) => {
    if (names.length >= 2 && names.every((n) => n !== undefined)) lists.push({ names: names as string[], struct });
  };
  for (const m of zone.matchAll(/[([{]([^()[\]{}\n"'=;]{3,200})[)\]}]/g)) add(m[1]!.split(',').map(bindingName));
  for (const m of zone.matchAll(/["']([A-Za-z_]\w{0,40}(?:[ \t]{0,2},[ \t]{0,2}[A-Za-z_]\w{0,40}){1,7})["']/g)) add(m[1]!.split(',').map((s) => s.trim()));
  for (const m of zone.matchAll(/\bfor[ \t]+([A-Za-z_]\w{0,40}(?:[ \t]{0,2},[ \t]{0,2}[A-Za-z_]\w{0,40}){1,7})[ \t]+in\b/g)) add(m[1]!.split(',').map((s) => s.trim()));
  for (const m of zone.matchAll(/\bstruct[ \t]{0,2}\{([^{}]{3,600})\}/g)) add(structFields(m[1]!), true);
  return lists;
}

/** Whether a header of the row's length names the password at the value's index and a login elsewhere. */
function headerSaysPassword(text: string, span: Span, arity: number, index: number, value: string, test: boolean): boolean {
  for (const { names, struct } of headers(text, span.open - HEADER_REACH, span.close + HEADER_REACH)) {
    if (names.length !== arity) continue;
    // Go test tables are full of dummies (`correct-horse`, `hunter2`): a password there must look chosen.
    if (struct && test && !strongLooking(value)) continue;
    const name = names[index]!;
    if (!PASSWORD_COLUMN.test(name) && readSecretName(name)?.kind !== 'password') continue;
    if (names.some((n, i) => i !== index && (USER_COLUMN.test(n) || PREFIXED_USER_COLUMN.test(n)))) return true;
  }
  return false;
}

/**
 * A login's column under a prefix that says whose (OpenSIPS' `uacreg (l_username, r_username, auth_username,
 * auth_password)`, `db_user`, `smtp_login`): the row is still a login and its password.
 */
const PREFIXED_USER_COLUMN = /^[a-z][a-z0-9]{0,11}_(?:user|username|user_?name|login|email)$/i;

/**
 * Whether the container the rows sit in is named for accounts (`USERS = [`, `kUsers{`, `val accounts = listOf(`), its
 * literal maybe typed (`testAccounts = <String, String>{`, Dart; `new Map<string, string>([`).
 */
function containerNamesAccounts(text: string, open: number, named: (name: string) => boolean = accountsName): boolean {
  const prefix = text.slice(lineStartNear(text, open, open - 200), open);
  // A name right before the bracket (C++ and Go brace initialisers: `kUsers{`, `Accounts{`). A name starts a word:
  // tried at every character of a minified line, the search cost more than the rest of the rule.
  const direct = /(?<![\w$])([A-Za-z_$][\w$]{0,60})[ \t]{0,2}$/.exec(prefix);
  if (direct && named(direct[1]!)) return true;
  const m =
    /(?<![\w$])([A-Za-z_$][\w$]{0,60})["']?[ \t]{0,2}(?::[^=\n]{0,80})?(?:[ \t]{0,2}(?::=|=>|=|:)[ \t]{0,2}(?:[\w.$]{0,40}(?:<[\w.?, \t]{1,60}>)?(?:\[[^\]\n]{0,40}\][\w.*]{0,40})?[ \t]{0,2}[([{]?[ \t]{0,2})?)?$/.exec(
      prefix,
    );
  return m !== null && named(m[1]!);
}

/** A list of credential tuples (`CREDENTIALS`, `test_accounts`, `LOGINS`): each tuple is a service, a login, a password. */
const credentialList = (name: string) => /^(?:cred|creds|credentials|accounts?|logins?)$/i.test(nameWords(name).pop() ?? '');

/** A login as a map's key or a pair's first half: not a field's name (`user`, `host`) nor a secret's (`password`). */
const isLogin = (key: string) => LOGIN.test(key) && !USER_COLUMN.test(key) && !NOT_A_LOGIN.test(key) && readSecretName(key) === undefined && !/token|key|secret|pass|pwd|cursor|marker|limit|count/i.test(key);

/** Calls whose arguments are a test's row (`[InlineData("u", "p")]`, `Arguments.of(…)`, `tuple(…)`, `pytest.param(…, id="…")`). */
const ROW_CALL = /(?:InlineData|DataRow|TestCase|Arguments\.of|arguments|of|tuple|Tuple|Row|row|Pair|entry|Entry|TestCaseData|Parameters|pytest\.param)[ \t]{0,2}$/;

/** `INSERT INTO table (columns) VALUES` before the rows: the table and its columns. */
const INSERT_HEAD = /\bINSERT[ \t]{1,8}INTO[ \t]{1,8}[`"]?([\w.]{1,80})[`"]?[ \t]{0,8}\(([^()\n]{1,600})\)[ \t]{0,8}(?:\r?\n[ \t]{0,8})?VALUES\b/gi;

/** Where `insert` (any case) occurs in the last text asked about: every candidate of a file asks of the same text. */
let insertText: string | undefined;
let insertAt: number[] = [];

/** Whether `insert` (any case, as INSERT_HEAD reads it) lies whole in text[from, to): most texts hold none. */
function insertWithin(text: string, from: number, to: number): boolean {
  if (text !== insertText) {
    insertText = text;
    insertAt = [];
    for (const m of text.matchAll(/insert/gi)) insertAt.push(m.index);
  }
  const lo = lowerBound(insertAt, from);
  return lo < insertAt.length && insertAt[lo]! + 6 <= to;
}

/** The bracket span a candidate sits in: the SQL and the row checks of one candidate both ask, it is read once. */
let spanText: string | undefined;
let spanStart = -1;
let spanFound: Span | undefined;
function rowSpan(text: string, start: number): Span | undefined {
  if (text !== spanText || start !== spanStart) {
    spanText = text;
    spanStart = start;
    spanFound = enclosing(text, start, 400);
  }
  return spanFound;
}

/** The SQL column a row's value fills: `INSERT INTO table (columns) VALUES (…)` before it; undefined without one. */
function sqlColumnAt(ctx: MatchContext): { column: string; table: string } | undefined {
  // The bracket opens at most 400 back: no `insert` in reach of any such bracket, no head.
  if (!insertWithin(ctx.text, Math.max(0, ctx.start - 400 - HEADER_REACH), ctx.start)) return undefined;
  const span = rowSpan(ctx.text, ctx.start);
  if (!span) return undefined;
  const from = Math.max(0, span.open - HEADER_REACH);
  // The head's own word first: a search of the whole window per candidate cost more than the rest of the rule.
  if (!insertWithin(ctx.text, from, span.open)) return undefined;
  const before = ctx.text.slice(from, span.open);
  let head: RegExpExecArray | undefined;
  for (const m of before.matchAll(INSERT_HEAD)) head = m;
  if (!head || /;/.test(before.slice(head.index + head[0].length))) return undefined;
  const columns = head[2]!.split(',').map((c) => c.trim().replace(/[`"]/g, ''));
  const row = ctx.text.slice(span.open + 1, span.close);
  const parts = elements(row);
  if (parts.length !== columns.length) return undefined;
  const at = ctx.start - (span.open + 1);
  let index = -1;
  for (let i = 0, pos = 0; i < parts.length; i++) {
    const found = row.indexOf(parts[i]!, pos);
    if (found <= at && at < found + parts[i]!.length) index = i;
    pos = found + parts[i]!.length;
  }
  return index < 0 ? undefined : { column: columns[index]!, table: head[1]! };
}

/** A value in a SQL row whose column is named for a token or key (`key` alone in a table named for keys). */
function tokenColumnRow(value: string, sql: { column: string; table: string }, strict: boolean): boolean {
  const { column, table } = sql;
  const reading = readSecretName(column);
  const bareKey = /^key$/i.test(column) && /key|token|secret|credential/i.test(table);
  if (bareKey) return tokenVerdict(value, column, 'key', { strict }) === undefined;
  return reading !== undefined && reading.kind !== 'password' && tokenVerdict(value, column, reading.kind, { strict, weak: reading.weak === true }) === undefined;
}

/** Where `s` ends once at most 16 trailing blanks are set aside (columns aligned by hand: `'etl@x.io',     '…'`). */
function lastTokenEnd(s: string): number {
  let end = s.length;
  for (let n = 0; n < 16 && end > 0 && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09); n++) end--;
  return end;
}

const unquote = (s: string) => (/^(["']).*\1$/s.test(s) ? s.slice(1, -1) : undefined);

/** Files whose rows are never a login's: lockfiles, bundles, documented examples, prose (the scan skips them whole). */
function rowsMayHoldPasswords(path: string | undefined): boolean {
  const kind = fileKind(path);
  return kind !== 'lockfile' && kind !== 'minified' && kind !== 'example' && kind !== 'prose' && !isApiExamples(path);
}

export function validateCredentialRow(value: string, ctx: MatchContext): boolean {
  if (!rowsMayHoldPasswords(ctx.path)) return false;
  const kind = fileKind(ctx.path);
  // An address, a URL or a path is no password someone set.
  if (/^[\w.+-]+@[\w-]+\.[\w.-]+$|:\/\/|^[/~.]|^[\w.-]{1,60}(?:\/[\w.-]{1,60}){1,12}$/.test(value) || /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value)) return false;
  // A SQL row under a column list naming a token or key (`INSERT INTO api_keys (account_id, key, label) VALUES (…)`).
  const sql = sqlColumnAt(ctx);
  // The row's own remark (`-- sha256 of the secret, fine`, `# already hashed`): the writer's word on the value.
  if (sql && lineSaysNotSecret(ctx.text, ctx.start, ctx.end)) return false;
  if (sql && tokenColumnRow(value, sql, kind === 'test')) return true;
  // The column list names every value of the row: one not named for a password (`client_id`, `name`) is none.
  if (sql && !PASSWORD_COLUMN.test(sql.column) && readSecretName(sql.column)?.kind !== 'password') return false;
  // A table's password column holds what the application stores: a bare hex digest there is `md5()`/`sha1()` of the
  // password (PHP course apps), the verifier and not the password.
  if (sql && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/.test(value)) return false;
  // Identifiers (`NextToken`, `nextPage`): a paginator's or an enum's names, not a password.
  if (/^(?:[A-Z][a-z]+){2,}$|^[a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false;
  const test = kind === 'test';
  // The row's structure first: it rejects most values for a fraction of what reading the value costs (both pure).
  return rowNamesPassword(value, ctx, test) && passwordVerdict(value, 'password', { strict: test, test, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

/** Whether the value's row, container or header says it is a login's password (the value itself unread but for strongLooking). */
function rowNamesPassword(value: string, ctx: MatchContext, test: boolean): boolean {
  const between = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start - 1);
  // `"user" to "…"` (Kotlin), `"user" -> "…"` (Scala): a pair of its own, inside the accounts' container.
  // Each end-anchored pattern below is tried at every position of `between`: its last token is checked first.
  const last = lastTokenEnd(between);
  const arrow = (between.endsWith('to', last) || between.endsWith('->', last)) && /["']([^"'\n]{1,64})["'][ \t]{0,2}(?:to|->)[ \t]{0,16}$/.exec(between);
  if (arrow) {
    const outer = enclosing(ctx.text, ctx.start, CONTAINER_REACH);
    return isLogin(arrow[1]!) && outer !== undefined && containerNamesAccounts(ctx.text, outer.open);
  }
  // A map entry (`bob: '…'`, `"etl": "…"`, `'svc' => '…'`) in a map named for accounts.
  const sep = between.charAt(last - 1);
  const entry = (sep === ':' || sep === '=' || (sep === '>' && between.charAt(last - 2) === '=')) && /(?:^|[{,\n])[ \t]*["']?([\w.+@-]{1,64})["']?[ \t]{0,2}(?::|=>|=)[ \t]{0,16}$/.exec(between);
  // The key is read before the bracket is looked for (most keys are no login).
  if (entry && !/[([]$/.test(between.trimEnd())) {
    if (!isLogin(entry[1]!)) return false;
    const map = rowSpan(ctx.text, ctx.start);
    // A map with a user or password field of its own is one account's record (`{"remote": "acme", "user": "ci",
    // "password": "…"}` in Conan's credentials.json, rw-dev17): its other keys are fields, not logins.
    if (map !== undefined && RECORD_FIELD.test(ctx.text.slice(map.open + 1, map.close))) return false;
    return map !== undefined && containerNamesAccounts(ctx.text, map.open);
  }
  const span = rowSpan(ctx.text, ctx.start);
  if (!span) return false;
  const row = ctx.text.slice(span.open + 1, span.close);
  // A call's arguments are a row only for the calls that make rows; a bracket after any other name is a call.
  const call = /[\w$.]$/.test(ctx.text.slice(Math.max(0, span.open - 1), span.open)) && ctx.text.charAt(span.open) === '(';
  if (call && !ROW_CALL.test(ctx.text.slice(Math.max(0, span.open - 40), span.open))) return false;
  // A call's trailing keyword arguments (`pytest.param("u", "p", id="legacy")`, `marks=…`) are not columns.
  const parts = elements(row);
  while (call && parts.length > 1 && /^[A-Za-z_]\w{0,30}[ \t]{0,2}=(?!=)/.test(parts[parts.length - 1]!)) parts.pop();
  const at = ctx.start - (span.open + 1);
  let index = -1;
  let offset = 0;
  for (let i = 0, pos = 0; i < parts.length; i++) {
    const found = row.indexOf(parts[i]!, pos);
    if (found <= at && at < found + parts[i]!.length) {
      index = i;
      offset = found;
      break;
    }
    pos = found + parts[i]!.length;
  }
  // A SQL row under its own column list may be wide (OpenSIPS' `uacreg` has ten columns): the list names each value.
  if (index < 1 || parts.length > (parts.length > 8 && sqlColumnAt(ctx) ? 16 : 8) || offset < 0) return false;
  // The login before the password is a quoted word (`"qa-lead"`, `'bot@x.io'`).
  const login = unquote(parts[index - 1]!);
  if (headerSaysPassword(ctx.text, span, parts.length, index, value, test)) return true;
  if (login === undefined || !LOGIN.test(login)) return false;
  if (index !== 1) {
    // The password ends a tuple of three or more (service, login, password) in a list named for credentials; the row
    // names no column, so the value must look chosen.
    if (index !== parts.length - 1 || !strongLooking(value)) return false;
    const list = enclosing(ctx.text, span.open, CONTAINER_REACH);
    return list !== undefined && containerNamesAccounts(ctx.text, list.open, credentialList);
  }
  const outer = enclosing(ctx.text, span.open, CONTAINER_REACH);
  return (outer !== undefined && containerNamesAccounts(ctx.text, outer.open)) || containerNamesAccounts(ctx.text, span.open);
}

export const credentialRowRule: Rule = {
  id: 'row-of-credentials',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password in a row of credentials (seed data, fixtures, parametrized tests) whose container or header names the column',
  // The header or the container's name: a password's column or a list of accounts.
  keywords: [
    'pass',
    'pwd',
    'users',
    'admins',
    'kullanici',
    'kullanıcı',
    'benutzer',
    'utilisateurs',
    'usuarios',
    'utenti',
    'gebruikers',
    'accounts',
    'logins',
    'credentials',
    'creds',
    'basic_auth',
    'basicauth',
    'insert into',
    'struct {',
    'struct{',
  ],
  keywordWindow: { before: CONTAINER_REACH, after: CONTAINER_REACH },
  appliesToPath: rowsMayHoldPasswords,
  // A quoted value after a quoted login and a comma, `to` or `->` (a row), or after a map entry's key.
  // The login is read behind the value (a lookbehind), so a row's earlier strings never hide its password.
  // The quote is checked first: the lookbehind runs only where a quoted value can start. A number or a NULL may stand
  // before it in an SQL row.
  pattern:
    /(?=["'])(?<=(?:["'][^"'\n]{1,64}["'][ \t]{0,2}(?:,|to|->|:|=>|=)|(?:^|[{,\s])[\w.+@-]{1,64}[ \t]{0,2}(?::|=>|=)|[(,][ \t]{0,2}(?:\d{1,18}|NULL|null)[ \t]{0,2},)[ \t]{0,16})["'](?<secret>[^"'\s\\]{4,128})["'][ \t]{0,4}(?=[,)\]}\n]|$)/,
  validate: validateCredentialRow,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the passwords of these accounts, then read the accounts from a secret store or generate them when seeding.',
  examples: {
    positives: (g) => {
      const human = () => twoWordPassword(g, '!');
      return [
        `STAGING_USERS = [\n    ("qa-lead", "${g.s(human())}", Role.ADMIN),\n    ("support", "${g.s(human())}", Role.VIEWER),\n]`,
        `const users = {\n  bob: '${g.s(human())}',\n  alice: '${g.s(human())}',\n};`,
        `INSERT INTO \`users\` (\`id\`, \`username\`, \`password\`, \`role\`) VALUES\n(3, 'student1', '${g.s(human())}', 'student');`,
        // OpenSIPS' registrant table: the login's column is named for whose login it is.
        `INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_proxy, expires)\nVALUES ('${g.uuid()}', 'pstn', 'voz.example', '${g.digits(10)}', 'ims.example', 'ims.example', '${g.digits(10)}', '${g.s(g.alnum(16))}', 'sip:pcscf.example', 3600);`,
        `INSERT INTO accounts (id, login, email, password) VALUES\n  (1002, 'etl_writer',    'etl@corp.example',     '${g.s(g.alnum(20))}');`,
        `private val accounts = listOf(\n    "sync-eu" to "${g.s(human())}",\n)`,
        `@pytest.mark.parametrize("username,password,ok", [\n    ("alice", "${g.s(`${g.alnum(14)}`)}", True),\n])`,
        `for {email, password, role} <- [\n  {"owner@shop.dev", "${g.s(human())}", :owner}\n] do`,
        `const std::map<std::string, std::string> kUsers{\n    {"operator", "${g.s(human())}"},\n};`,
        `func TestLogin(t *testing.T) {\n\ttests := []struct {\n\t\tname     string\n\t\tuser     string\n\t\tpassword string\n\t\twantErr  bool\n\t}{\n\t\t{"ok", "alice", "${g.s(`${g.pick(['Kestrel', 'Falcon', 'Maple'])}${g.digits(3)}!${g.pick(['xq', 'vw', 'zk'])}`)}", false},\n\t}\n`,
        `\tcases := []struct {\n\t\tname, user, pw string\n\t\tok bool\n\t}{\n\t\t{"valid", "svc", "${g.s(human())}", true},\n\t}\n`,
        `CREDENTIALS = [\n    ("ftp", "partner", "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}.${g.pick(['Otter', 'Comet'])}.${g.digits(2)}`)}"),\n]\n`,
      ];
    },
    negatives: (g) => [
      `@pytest.mark.parametrize("value,expected", [("abc", "Xyz12345!")])`,
      `USERS = [("alice", "Alice Smith"), ("bob", "Bob Jones")]`,
      `const users = { alice: 'editor', bob: 'viewer' };`,
      `users = {"alice": "alice@example.com"}`,
      `STAGING_USERS = [("qa-lead", os.environ["QA_PW"], Role.ADMIN)]`,
      `@pytest.mark.parametrize("username,password,ok", [("alice", "", False), ("bob", "password", False)])`,
      `LABELS = [("pw", "Password"), ("user", "User name")]`,
      `accounts = {"checking": "${g.uuid()}"}`,
      `\ttests := []struct {\n\t\tname, user, pw string\n\t\tok bool\n\t}{\n\t\t{"empty", "svc", "", false},\n\t\t{"placeholder", "svc", "<password>", false},\n\t}\n`,
      `\ttests := []struct {\n\t\tname, input, want string\n\t}{\n\t\t{"upper", "abc", "${g.alnum(12)}"},\n\t}\n`,
      `HOSTS = [\n    ("web", "10.0.0.1", "${g.alnum(12)}"),\n]\n`,
      `ACCOUNTS = [\n    ("alice", "admin", "Administrators"),\n]\n`,
      `{"credentials": [{"remote": "acme", "user": "ci-embedded", "password": "*******"}]}`,
    ],
  },
};
