// Passwords in tables: a Markdown table, a Confluence/Jira wiki-markup table (`||Host||Password||`) or an HTML table (a Confluence or wiki export) whose column header
// says Password / Passwort / 密码 / Token. The cell's column is found by counting separators in its row, the
// header by walking up to the table's first row; both walks are bounded, and a table's header is remembered
// while its rows are checked in order, so a long table costs one walk.
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import { ownString } from '../detect/ownString';
import type { MatchContext } from '../types';
import { readSecretName } from '../validators/secretName';
import { ASCII_PASSWORD_LABELS, INTL_PASSWORD_LABELS, INTL_TOKEN_LABELS, TOKEN_LABELS } from './proseWords';

const MAX_ROWS = 200;
const MAX_LINE = 2000;

/**
 * Header words that make the column about passwords without holding them: `Password policy`, `Last changed`; and a
 * payment processor's card token (`card_token` in a hotel folio export), which stands for a card, not a login.
 */
const NOT_VALUES =
  /\b(?:card|payment|pan) ?tokens?\b|hash|salt|question|policy|expir|change|\blast\b|\bdate\b|\bage\b|reset|hint|length|rule|manager|location|where|stored|vault|storage|reference|ref\b|name|strength|rotation|rotated|required|format|type|id\b/i;

/**
 * Headers of a key/value table's value column: empty, `Value`, or an environment (`| Setting | Dev | Prod |`).
 * Compared folded (lower case, accents dropped).
 */
const VALUE_HEADER =
  /^(?:|(?:(?:current|actual|our|the)[ \t])?(?:values?|werte?|valeurs?|valor(?:es)?|waarde[ns]?|wartosc|значение)(?:[ \t][a-z()]{1,12}){0,3}|值|値|값|dev(?:elopment)?|staging|stage|qa|test|uat|prod(?:uction)?|live|local|sandbox|current|new|old)$/;

/** A credential header's name in the left cell (`X-RapidAPI-Key`, `Ocp-Apim-Subscription-Key`, `Authorization: OAuth`). */
const HEADER_NAME_CELL = /^`?(?:[A-Za-z][A-Za-z0-9]{0,30}-){1,5}(?:key|token|secret|apikey)`?$|^`?authorization(?::[ \t]{0,2}[A-Za-z]{2,12})?`?$/i;

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const PASSWORD_WORDS = [...ASCII_PASSWORD_LABELS.filter((l) => l !== 'key' && l !== 'pin'), ...INTL_PASSWORD_LABELS.map(fold)];
const TOKEN_WORDS = [...TOKEN_LABELS, ...INTL_TOKEN_LABELS.map(fold)];

/**
 * Remarks a cell under a credential column holds in place of a value: yes/no marks, field types, states, and the
 * place the value is kept in (SSO, none, masked, vault). Compared in lower case, the whole cell.
 */
const CELL_REMARK =
  /^(?:yes|no|none|null|nil|true|false|same|empty|blank|unset|missing|default|random|generated|required|optional|string|text|plain|plaintext|hidden|masked|encrypted|hashed|secret|password|passwort|token|unknown|unchanged|disabled|enabled|expired|valid|invalid|sso|ldap|oauth|saml|kerberos|vault|keepass|bitwarden|lastpass|passbolt|ask|see|tbd|todo|pending|shared|personal|own|nope|n\/a|na|ok|set)$/;

/**
 * A cell under a password column that prose would read as a word or a number (`Clover`, `SESAME`, `618637`): in a
 * column headed Password it is the password itself. A single word of letters or a run of digits, 4 to 16 long, not
 * one repeated character and not a remark (CELL_REMARK).
 */
export function passwordCellWord(value: string): boolean {
  if (!/^(?:[A-Za-z]{4,16}|[0-9]{4,16})$/.test(value) || /^(.)\1+$/.test(value)) return false;
  return !CELL_REMARK.test(value.toLowerCase());
}

/** A rule under a header row: Markdown's `|---|:--|`, Org-mode's `|---+---|`. */
const HEADER_RULE = /^[ \t]{0,3}\|?[ \t]{0,4}:?--[-:+| \t]{0,1900}$/;

/** Whether the line after the one holding `end` is a rule (HEADER_RULE): that line is the header row, its cells names. */
export function isHeaderRowAt(text: string, end: number): boolean {
  const eol = text.indexOf('\n', end);
  if (eol < 0) return false;
  const next = text.indexOf('\n', eol + 1);
  return HEADER_RULE.test(text.slice(eol + 1, next < 0 ? Math.min(text.length, eol + 1 + MAX_LINE) : Math.min(next, eol + 1 + MAX_LINE)).replace(/\r$/, ''));
}

/** columnKind's answers: every cell of a column asks for the same header (a 1,000-row table, a thousand times). */
const columnKinds = new Map<string, 'password' | 'token' | undefined>();

/** What a column holds, from its header's text: a password, a token, or something else. */
export function columnKind(header: string): 'password' | 'token' | undefined {
  const known = columnKinds.get(header);
  if (known !== undefined || columnKinds.has(header)) return known;
  const kind = columnKindOf(header);
  if (columnKinds.size >= 1024) columnKinds.clear();
  columnKinds.set(ownString(header), kind);
  return kind;
}

/** Labels that end compound nouns: a teacher's `Startpasswort` column is a password column. */
const COMPOUND_TAILS = new Set(['passwort', 'kennwort', 'wachtwoord']);

/**
 * An import template's notes on a column, in brackets (Google Admin's `Password [Required]`, Entra's
 * `Initial password [passwordProfile] Required`): the label is the words outside them, and a `Required` after them
 * says the column must be filled, not that it holds a yes/no flag.
 */
function withoutTemplateNotes(header: string): string {
  if (!header.includes('[')) return header;
  const words = header.replace(/\[[^\]\n]{0,40}\]/g, ' ');
  return words === header ? header : words.replace(/[ \t]{1,8}(?:required|optional)[ \t]{0,8}$/i, '');
}

function columnKindOf(header: string): 'password' | 'token' | undefined {
  // `api_key`, `admin-password`: names joined by `_` or `-` read as words; so do an export's camel-case columns
  // (`InitialPassword`, `ApiKey`: rw-dev24's user import).
  const h = fold(
    withoutTemplateNotes(header)
      .replace(/<[^>]{0,200}>|[*_`]/g, ' ')
      .replace(/(?<=[A-Za-z])[-_](?=[A-Za-z])/g, ' ')
      .replace(/(?<=[a-z])(?=[A-Z][a-z])/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  if (h.length === 0 || h.length > 60 || NOT_VALUES.test(h)) return undefined;
  const has = (w: string) => {
    const at = h.indexOf(w);
    if (at < 0) return false;
    // Whole words for Latin labels (`pass` is not `passport`); scripts without spaces match anywhere.
    if (/[^a-z ]/.test(w)) return true;
    // German and Dutch write a compound as one word (`Startpasswort`, `Erstkennwort`, `beginwachtwoord`): it ends in the label.
    return (COMPOUND_TAILS.has(w) || !/[a-z]/.test(h.charAt(at - 1))) && !/[a-z]/.test(h.charAt(at + w.length));
  };
  if (PASSWORD_WORDS.some(has)) return 'password';
  // A cracking report's column of recovered plains (`samaccountname,nthash,cleartext`), not a cipher's `plaintext`.
  if (/^(?:clear ?text|cracked)(?: (?:password|value|pw))?$/.test(h)) return 'password';
  if (TOKEN_WORDS.some(has)) return 'token';
  return undefined;
}

/**
 * A column headed `Key` alone (`| Site | SSID | Key |`, `| Service | Environment | Key | Notes |`): a Wi-Fi table's key
 * (`password`) when the header names the network, else a `key` column whose cells count only when generated
 * (`columnKind` leaves bare `key` out: `| Key | Value |` tables list names). Not in a table of public keys,
 * fingerprints or product keys, nor in a row that says its key is public (`search-only`, `| yes |` under `Public?`).
 */
export function keyColumnKind(name: string, header: readonly string[], rowOf: () => readonly string[]): 'password' | 'key' | undefined {
  const clean = (c: string) =>
    fold(c.replace(/<[^>]{0,200}>|[*_`]/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  if (!/^keys?$/.test(clean(name))) return undefined;
  // A `Public?` column asks per row (below); other header words about public keys or names hold for the table.
  const all = header
    .map(clean)
    .filter((c) => !/^public\??$/.test(c))
    .join(' | ');
  if (/public|publishable|fingerprint|gpg|pgp|ssh|licen[cs]e|product|serial|activation|translation|locale|value|meaning|description/.test(all)) return undefined;
  if (/\bssid\b|wi-?fi|wlan|network|netzwerk|r[ée]seau|\bred\b/.test(all)) return 'password';
  const publicAt = header.findIndex((c) => /^public\??$/.test(clean(c)));
  // The row's cells are read only here: most columns are no `Key` column, and a long table has thousands of cells.
  const row = rowOf();
  if (publicAt >= 0 && /^(?:yes|y|true|ja|oui|s[ií]|x|✓|✔)$/i.test(clean(row[publicAt] ?? ''))) return undefined;
  if (row.some((c) => /search[- ]only|\bpublic\b|publishable|browser|referr?er/i.test(c))) return undefined;
  return 'key';
}

/** Cells of a Markdown table row (`| a | b |` or `a | b`), escaped pipes kept inside cells. */
function rowCells(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

// Org-mode writes its rule with `+` where columns meet (`|------+-----|`).
const isSeparatorRow = (line: string) => /^[ \t]{0,3}\|?[ \t]{0,4}:?-{2,}/.test(line) && /^[ \t|:-]+$/.test(line.replace(/(?<=-)\+(?=-)/g, '|')) && /-{3}|\|:?--/.test(line);
const isTableRow = (line: string) => /^[ \t]{0,3}\|/.test(line);
/** A row of a table written without its outer pipes (`Vendor | User | Password` over `--- | --- | ---`, as GFM allows). */
/** `# format: source | user | secret | verified`: a comment that names the columns of the pipe-less rows below it. */
const COMMENT_HEADER = /^[ \t]{0,3}#[ \t]{0,3}(?:format|columns|fields|cols)[ \t]{0,2}:[ \t]{0,3}([^|\r\n]{1,40}(?:\|[^|\r\n]{1,40}){1,12})$/i;
const isBareTableRow = (line: string) => /^[ \t]{0,3}[^\s|]/.test(line) && /[^\\|]\|(?!\|)/.test(line);
const GRID_HEADER_BORDER = /^[ \t]{0,3}\+(?:=+\+){1,40}[ \t]*$/;
const GRID_ROW_BORDER = /^[ \t]{0,3}\+(?:-+\+){1,40}[ \t]*$/;
const isWikiHeaderRow = (line: string) => /^[ \t]{0,3}\|\|[^|\n]/.test(line) && /\|\|[ \t]*$/.test(line);

interface TableMemo {
  text: string;
  /** Start of the first body row and of the last row checked: rows between them belong to the table. */
  bodyStart: number;
  lastRow: number;
  header: string[];
}
let markdownMemo: TableMemo | undefined;

function markdownHeader(text: string, rowStart: number, bare = false): string[] | undefined {
  const memo = markdownMemo;
  if (memo && memo.text === text && rowStart >= memo.bodyStart) {
    // The rows between the last one checked and this one must all be table rows.
    let at = memo.lastRow;
    let contiguous = true;
    for (let n = 0; at < rowStart && n < MAX_ROWS; n++) {
      const next = text.indexOf('\n', at);
      if (next < 0 || next + 1 > rowStart) break;
      at = next + 1;
      if (at < rowStart && !isTableRow(text.slice(at, Math.min(text.length, at + 8)))) contiguous = false;
    }
    if (contiguous && at === rowStart) {
      memo.lastRow = rowStart;
      return memo.header;
    }
  }
  let lineEnd = rowStart - 1;
  let blankSeen = false;
  for (let n = 0; n < MAX_ROWS && lineEnd > 0; n++) {
    const start = lineStartNear(text, lineEnd, lineEnd - MAX_LINE);
    const line = text.slice(start, lineEnd).replace(/\r$/, '');
    // A loot or notes file's pipe-less rows under a comment naming the columns (`# format: source | user | secret`),
    // no separator row; one blank line may sit between them.
    if (bare) {
      const named = COMMENT_HEADER.exec(line);
      if (named) {
        const header = named[1]!.split('|').map((c) => c.trim());
        markdownMemo = { text, bodyStart: lineEnd + 1, lastRow: rowStart, header };
        return header;
      }
      if (!blankSeen && /^[ \t]*$/.test(line)) {
        blankSeen = true;
        lineEnd = start - 1;
        continue;
      }
    }
    // Confluence and Jira wiki markup: the header row's cells are set off by `||`, and no separator row follows.
    if (isWikiHeaderRow(line)) {
      const header = line
        .trim()
        .replace(/^\|\|/, '')
        .replace(/\|\|$/, '')
        .split('||')
        .map((c) => c.trim());
      markdownMemo = { text, bodyStart: lineEnd + 1, lastRow: rowStart, header };
      return header;
    }
    if (isSeparatorRow(line)) {
      if (start === 0) return undefined;
      const headerStart = lineStartNear(text, start - 1, start - 1 - MAX_LINE);
      const header = rowCells(text.slice(headerStart, start - 1));
      markdownMemo = { text, bodyStart: lineEnd + 1, lastRow: rowStart, header };
      return header;
    }
    // DokuWiki: the header row's cells are set off by `^` (`^ Host ^ Password ^`), rows by `|`.
    if (/^[ \t]{0,3}\^[^\n]{0,1900}\^[ \t]*$/.test(line)) {
      const header = line
        .trim()
        .replace(/^\^/, '')
        .replace(/\^$/, '')
        .split('^')
        .map((c) => c.trim());
      markdownMemo = { text, bodyStart: lineEnd + 1, lastRow: rowStart, header };
      return header;
    }
    // A reStructuredText grid table: `+====+====+` closes the header row; `+----+----+` only separates rows.
    if (GRID_HEADER_BORDER.test(line)) {
      if (start === 0) return undefined;
      const headerStart = lineStartNear(text, start - 1, start - 1 - MAX_LINE);
      const header = rowCells(text.slice(headerStart, start - 1));
      markdownMemo = { text, bodyStart: lineEnd + 1, lastRow: rowStart, header };
      return header;
    }
    if (!isTableRow(line) && !(bare && isBareTableRow(line)) && !GRID_ROW_BORDER.test(line)) return undefined;
    lineEnd = start - 1;
  }
  return undefined;
}

/** A column headed only `Secret` (or `Geheimnis`, `secreto`, …) in a table that also has a login's column. */
const SECRET_ONLY = /^(?:secrets?|geheimnis|secreto|secret[oa]?|segredo|segreto|sekret|geheim)$/;
const LOGIN_COLUMN = /^(?:logins?|users?|user ?names?|accounts?|benutzer(?:name)?|konto|utilisateur|usuario|usu[aá]rio|utente|gebruiker(?:snaam)?|uzytkownik|kullan[ıi]c[ıi])$/;
const secretBesideLogin = (name: string, header: readonly string[]) => {
  const clean = (c: string) => fold(c.replace(/[*_`]/g, '')).trim();
  return SECRET_ONLY.test(clean(name)) && header.some((c) => LOGIN_COLUMN.test(clean(c)));
};

/** The kind of the Markdown table column a cell value sits in, if the cell is in a table. */
export function markdownCellKind(ctx: MatchContext): 'password' | 'token' | 'key' | undefined {
  const rowStart = lineStartNear(ctx.text, ctx.start, ctx.start - MAX_LINE);
  const before = ctx.text.slice(rowStart, ctx.start);
  // A pipe-less row counts only under a separator row (markdownHeader walks up through pipe-less rows to one).
  const bare = !isTableRow(before) && isBareTableRow(before);
  if (!isTableRow(before) && !bare) return undefined;
  // MediaWiki (`! Konto !! Kennwort`, rows `| root || X`) and AsciiDoc (`|===`, then the header row) tables.
  const other = bare ? null : wikiTableKind(ctx.text, rowStart, before);
  if (other !== null) return other;
  const column = (before.trimStart().startsWith('|') ? -1 : 0) + (before.match(/(?<!\\)\|/g)?.length ?? 0);
  const header = markdownHeader(ctx.text, rowStart, bare);
  // A pipe-less row is a table row only under a separator row (`1password up|down` in a list item is a command).
  if (bare && header === undefined) return undefined;
  const name = header?.[column];
  const byHeader = name === undefined ? undefined : columnKind(name);
  // A `Secret` column beside a `Login` or `User` column holds that login's password, chosen like one.
  if (byHeader === 'token' && header !== undefined && secretBesideLogin(name!, header)) return 'password';
  if (byHeader) return byHeader;
  if (name !== undefined && header !== undefined) {
    const rowEnd = ctx.text.indexOf('\n', ctx.end);
    const keyKind = keyColumnKind(name, header, () => rowCells(ctx.text.slice(rowStart, rowEnd < 0 ? Math.min(ctx.text.length, ctx.end + MAX_LINE) : rowEnd)));
    if (keyKind) return keyKind;
  }
  if (column < 1) return undefined;
  // A key/value table (`| Shared secret | \`…\` |`): the cell on the left labels this one, but only in a column
  // headed as values (or not headed); under `Keywords` or `Provider` the left cell is another attribute.
  if (name !== undefined && !VALUE_HEADER.test(fold(name.replace(/[*_`]/g, '')).trim())) return undefined;
  const left = rowCells(before)[column - 1];
  // A row that says its key is public (`Search (public)`, `(search-only)`): an identifier, not a credential.
  if (/search[- ]only|\bpublic\b|publishable/i.test(before)) return undefined;
  return left === undefined ? undefined : (columnKind(left) ?? (HEADER_NAME_CELL.test(left) ? 'token' : undefined));
}

/**
 * The column kind of a cell in a MediaWiki table (header `! a !! b`, rows `| x || y`) or an AsciiDoc table (`|===`
 * opens it, its first row is the header when `options="header"` or a blank line follows it); null for other tables.
 */
function wikiTableKind(text: string, rowStart: number, before: string): 'password' | 'token' | undefined | null {
  // The row itself (its first MAX_LINE characters) holds `||`.
  const mediawiki = /^[ \t]{0,3}\|[^-}+|]/.test(before) && text.slice(rowStart, lineEndNear(text, rowStart, rowStart + MAX_LINE)).includes('||');
  if (!mediawiki) {
    const opening = asciidocOpening(text, rowStart);
    if (opening === null) return null;
    if (opening === undefined) return undefined;
    return columnKind(rowCells(opening)[(before.match(/(?<!\\)\|/g)?.length ?? 0) - 1] ?? '') ?? undefined;
  }
  let lineEnd = rowStart - 1;
  for (let n = 0; n < MAX_ROWS && lineEnd > 0; n++) {
    const start = lineStartNear(text, lineEnd, lineEnd - MAX_LINE);
    const line = text.slice(start, lineEnd).replace(/\r$/, '');
    if (/^[ \t]{0,3}!/.test(line)) {
      const header = line.trim().slice(1).split('!!');
      return columnKind(header[before.match(/\|\|/g)?.length ?? 0] ?? '') ?? undefined;
    }
    if (/^[ \t]{0,3}\{\|/.test(line)) return undefined;
    if (!/^[ \t]{0,3}[|!]/.test(line)) return null;
    lineEnd = start - 1;
  }
  return null;
}

/**
 * How the walk up from a row (at most MAX_ROWS lines) over `|` and `!` lines ends: at `|===` (`opening`: the row
 * under it when that is a `|` row, else undefined) after `steps` lines, or elsewhere (`opening` null; `steps` is
 * MAX_ROWS when the walk ran out).
 */
interface AsciidocWalk {
  text: string;
  rowStart: number;
  steps: number;
  opening: string | undefined | null;
}
let asciidocMemo: AsciidocWalk | undefined;

/** Lines the AsciiDoc walk has read, for tests: rows asked in order read each line about once. */
export const tableWalkLines = { count: 0 };

/** Forgets the remembered walk (tests compare answers with and without it). */
export function forgetTableWalk(): void {
  asciidocMemo = undefined;
}

/**
 * The header row of the AsciiDoc table (`|===`) a row is in: its text, undefined when the line after `|===` is no
 * row, null outside one. Every row of a long Markdown table walked up its MAX_ROWS rows above (a 1,000-row
 * table cost ~1 ms a cell); the walk from the last row asked is remembered, so the next row below walks only
 * to it: its lines above are that row's walk, `steps` further on.
 */
export function asciidocOpening(text: string, rowStart: number): string | undefined | null {
  const memo = asciidocMemo !== undefined && asciidocMemo.text === text && asciidocMemo.rowStart <= rowStart ? asciidocMemo : undefined;
  let walk: Omit<AsciidocWalk, 'text' | 'rowStart'> = { steps: MAX_ROWS, opening: null };
  let lineEnd = rowStart - 1;
  for (let n = 0; n < MAX_ROWS; n++) {
    if (memo !== undefined && lineEnd + 1 === memo.rowStart) {
      walk = { steps: n + memo.steps, opening: memo.opening };
      break;
    }
    if (lineEnd <= 0) {
      walk = { steps: n, opening: null };
      break;
    }
    tableWalkLines.count++;
    const start = lineStartNear(text, lineEnd, lineEnd - MAX_LINE);
    const line = text.slice(start, lineEnd).replace(/\r$/, '');
    if (/^[ \t]{0,3}\|===[ \t]*$/.test(line)) {
      const headerEnd = text.indexOf('\n', lineEnd + 1);
      const header = text.slice(lineEnd + 1, headerEnd < 0 ? text.length : headerEnd);
      walk = { steps: n, opening: /^[ \t]{0,3}\|/.test(header) ? header : undefined };
      break;
    }
    if (!/^[ \t]{0,3}[|!]/.test(line)) {
      walk = { steps: n, opening: null };
      break;
    }
    lineEnd = start - 1;
  }
  asciidocMemo = { text, rowStart, ...walk };
  return walk.steps < MAX_ROWS ? walk.opening : null;
}

let htmlMemo: { text: string; tableStart: number; header: string[] } | undefined;

/** The kind of the HTML table column a `<td>` value sits in (header cells `<th>` in the table's first row). */
export function htmlCellKind(ctx: MatchContext): 'password' | 'token' | undefined {
  const { text } = ctx;
  const rowStart = text.lastIndexOf('<tr', ctx.start);
  if (rowStart < 0 || ctx.start - rowStart > MAX_LINE) return undefined;
  const column = (text.slice(rowStart, ctx.start).match(/<t[dh][\s>]/gi)?.length ?? 0) - 1;
  const tableStart = text.lastIndexOf('<table', rowStart);
  if (tableStart < 0 || rowStart - tableStart > 200_000) return undefined;
  let header: string[] | undefined;
  if (htmlMemo && htmlMemo.text === text && htmlMemo.tableStart === tableStart) header = htmlMemo.header;
  else {
    const head = text.slice(tableStart, Math.min(rowStart, tableStart + 20_000));
    const th = head.search(/<th[\s>]/i);
    const rowEnd = th < 0 ? -1 : head.indexOf('</tr', th);
    const row = th < 0 ? '' : head.slice(th, rowEnd < 0 ? head.length : rowEnd);
    header = row
      .split(/<th\b[^>]{0,200}>/i)
      .slice(1)
      .map((cell) => cell.split(/<\/th>/i)[0]!);
    htmlMemo = { text, tableStart, header };
  }
  const name = header[column];
  const byHeader = name === undefined ? undefined : columnKind(name);
  if (byHeader || column < 1) return byHeader;
  // A key/value table (`<tr><td>Password</td><td>X</td></tr>`): the cell on the left labels this one, when the
  // column is headed as values or not headed.
  if (name !== undefined && !VALUE_HEADER.test(fold(name.replace(/<[^>]{0,200}>|[*_`]/g, '')).trim())) return undefined;
  const left = text
    .slice(rowStart, ctx.start)
    .split(/<t[dh]\b[^>]{0,200}>/i)
    .slice(1)
    .map((cell) => cell.split(/<\/t[dh]>/i)[0]!)[column - 1];
  return left === undefined ? undefined : columnKind(left);
}

/**
 * A row of dashes under a plain-text table's header (`-----------    ---------   ----------`), two columns or more,
 * or of `=` (a reStructuredText simple table).
 */
const DASH_ROW = /^[ \t]{0,8}(?:-{3,}(?:[ \t]{1,80}-{3,}){1,30}|={3,}(?:[ \t]{1,80}={3,}){1,30})[ \t]*\r?$/;

/**
 * The kind of a column of a plain-text table aligned with blanks (a wiki or terminal export): the header line sits
 * above a row of dashes, one run per column, and the cell's column is the dash run its offset falls in.
 */
export function alignedCellKind(ctx: MatchContext): 'password' | 'token' | undefined {
  const { text } = ctx;
  const rowStart = lineStartNear(text, ctx.start, ctx.start - MAX_LINE);
  const offset = ctx.start - rowStart;
  let lineEnd = rowStart - 1;
  for (let n = 0; n < MAX_ROWS && lineEnd > 0; n++) {
    const start = lineStartNear(text, lineEnd, lineEnd - MAX_LINE);
    // A line longer than a table's (minified text) ends the walk: read in pieces, it cost a walk of MAX_ROWS pieces per value.
    if (start > 0 && text.charCodeAt(start - 1) !== 10) return undefined;
    const line = text.slice(start, lineEnd).replace(/\r$/, '');
    if (DASH_ROW.test(line)) {
      if (start === 0) return undefined;
      const headerStart = lineStartNear(text, start - 1, start - 1 - MAX_LINE);
      const header = text.slice(headerStart, start - 1).replace(/\r$/, '');
      const runs = [...line.matchAll(/-+|=+/g)].map((m) => m.index);
      let column = -1;
      for (let i = 0; i < runs.length; i++) if (runs[i]! <= offset) column = i;
      if (column < 0 || (column === runs.length - 1 && offset > line.length + 40)) return undefined;
      return columnKind(header.slice(runs[column], runs[column + 1] ?? header.length));
    }
    // Rows of the table: not blank.
    if (line.trim() === '') return undefined;
    lineEnd = start - 1;
  }
  return undefined;
}

/** Files of delimiter-separated rows whose first row names the columns (password-manager and account exports). */
export const CSV_PATH = /\.(?:csv|tsv)$/i;

let csvMemo: { text: string; delimiter: string; header: string[]; headerEnd: number } | undefined;

/**
 * Lines an export puts above its header row: a comment (`# which app uses which relay`) or a spreadsheet converter's
 * sheet title (`Sheet: Logins (exported with xlsx2csv)`), or a bulk-import template's version row (Entra's
 * `version:v1.0,,,`). At most three are skipped.
 */
const PRE_HEADER_LINE = /^(?:#(?:[ \t]|$)|\/\/|--[ \t])|^version:v?\d{1,3}\.\d{1,3},|^(?:sheet|tabelle|feuille|hoja|foglio|blad)[ \t]?\d{0,3}[ \t]*:/i;

/** The first line of a delimited export that is its header (after comments or a sheet title), bounded by MAX_LINE. */
export function csvHeaderLine(text: string): { line: string; start: number; end: number } {
  let start = 0;
  for (let skipped = 0; ; skipped++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // A first line longer than MAX_LINE is no header (an empty one reads no column).
    if (end - start > MAX_LINE) return { line: '', start, end: start };
    const line = text.slice(start, end).replace(/\r$/, '');
    if (skipped >= 3 || newline < 0 || !PRE_HEADER_LINE.test(line)) return { line, start, end };
    start = newline + 1;
  }
}

/** The cells of one CSV row, quotes removed (`""` inside quotes is a quote). */
export function csvCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** How many delimiters precede `at` on its row, outside quotes: the cell's column. */
export function csvColumn(row: string, delimiter: string): number {
  let column = 0;
  let quoted = false;
  for (const c of row) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) column++;
  }
  return column;
}

/**
 * A cell that makes its row's secret column hold no secret: the row is an identifier's (`client id`, `key id`,
 * `tenant_id`) or says it is public (`public`, `not secret`).
 */
const ROW_SAYS_NOT_SECRET = /^(?:(?:[\p{L}-]{1,20}[ _-])?(?:id|ids|identifier)|public|public by design|not (?:a )?secret|non-secret|no secret)$/iu;

/** The kind of the CSV column a cell sits in, from the file's first row (never the first row itself). */
/** A remark column, last in a password manager's export: its cell may be left out with its delimiter. */
const NOTE_COLUMN = /^"?(?:notes?|comments?|remarks?|notizen?|bemerkung(?:en)?|extra)"?$/i;

export function csvCellKind(ctx: MatchContext): 'password' | 'token' | 'pin' | 'secret' | undefined {
  const { text } = ctx;
  const rowStart = lineStartNear(text, ctx.start, ctx.start - MAX_LINE);
  if (rowStart === 0) return undefined;
  if (!csvMemo || csvMemo.text !== text) {
    const { line: first, end: headerEnd } = csvHeaderLine(text);
    const delimiter = first.includes('\t') ? '\t' : (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
    csvMemo = { text, delimiter, header: csvCells(first, delimiter), headerEnd };
  }
  const { delimiter, header, headerEnd } = csvMemo;
  // Rows come after the header (never the header itself, nor a comment above it).
  if (rowStart <= headerEnd) return undefined;
  // A row of the table has its header's cells (three or more): not a sentence with commas in it. Rows and the
  // header are bounded (MAX_LINE): a long minified line is no table, and each cell must not cost a walk along it.
  if (header.length < 3 || header.length > 200 || ctx.start - rowStart >= MAX_LINE) return undefined;
  const limit = Math.min(text.length, ctx.end + MAX_LINE);
  let rowEnd = ctx.end;
  while (rowEnd < limit && text.charCodeAt(rowEnd) !== 10) rowEnd++;
  if (rowEnd === limit && limit < text.length) return undefined;
  const row = text.slice(rowStart, rowEnd).replace(/\r$/, '');
  const cells = csvCells(row, delimiter);
  const column = csvColumn(text.slice(rowStart, ctx.start), delimiter);
  // A password-manager export whose last column is a remark (`name,url,username,password,note`) leaves that cell out,
  // comma and all, on rows without one: a row one cell short of such a header is still a row of it.
  if (cells.length !== header.length && !(cells.length === header.length - 1 && column < cells.length && NOTE_COLUMN.test(header[header.length - 1]!.trim()))) return undefined;
  // The row's other cells say what this one holds: an identifier (`sso,client id,<uuid>,public`) or a public value.
  // Not an SNMP community column's `public`: that is the community's (default) value, not a remark on the row.
  if (cells.some((cell, i) => i !== column && ROW_SAYS_NOT_SECRET.test(cell.trim()) && !/snmp|community/i.test(header[i] ?? ''))) return undefined;
  const name = header[column];
  if (name === undefined) return undefined;
  // A bare `secret` column (`app;relay;user;secret`) holds whatever the login takes: a password as well as a key.
  if (/^secrets?$/i.test(name.trim())) return 'secret';
  const kind = columnKind(name);
  // A table with a salt column (ASP.NET Membership's `Password,PasswordSalt`, `pw_hash;salt`) stores verifiers in its
  // password column, not passwords.
  if (kind === 'password' && header.some((h, i) => i !== column && /salt/i.test(h))) return undefined;
  // A row that names its hash function (Google Admin's `Password Hash Function` cell: `SHA-1`, `MD5`) holds a digest;
  // not a cracking report's `nthash` column beside the recovered `cleartext`.
  if (kind === 'password' && header.some((h, i) => i !== column && /hash/i.test(h) && HASH_FUNCTION_CELL.test((cells[i] ?? '').trim()))) return undefined;
  // A column headed `Key` alone (`System;Owner;Key;Notes`, an API key register): generated keys count (as a token).
  if (kind === undefined && keyColumnKind(name, header, () => cells) === 'key') return 'token';
  if (kind === undefined && SETTING_VALUE_COLUMN.test(name.trim())) return settingValueKind(header, cells, column);
  return kind ?? (pinColumn(name) ? 'pin' : undefined);
}

/** A hash function's name in a cell (`SHA-1`, `MD5`, `crypt`): the row's password cell holds that function's digest. */
const HASH_FUNCTION_CELL = /^(?:sha-?(?:1|224|256|384|512)|md5|crypt|bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2(?:[-_ ]?sha-?\d{1,3})?|s?sha)$/i;

/** A settings export's value column and the column naming each setting (Moodle's `plugin,name,value`, `key;value`). */
const SETTING_VALUE_COLUMN = /^(?:value|setting[ _]?value|config[ _]?value|wert|valeur|valor|waarde)$/i;
const SETTING_NAME_COLUMN = /^(?:name|key|setting|parameter|param|property|option|variable|config[ _]?(?:name|key)|setting[ _]?name)$/i;
/** A setting's name run together in small letters that ends in a key's or token's word (`airnotifieraccesskey`). */
const RUN_TOGETHER_KEY_NAME = /^[a-z][a-z0-9]{0,40}(?:accesskey|secretkey|privatekey|apikey|authkey|authtoken|accesstoken|apitoken|apisecret|clientsecret)$/;

/**
 * The value cell of a settings export's row (`auth_ldap,bind_pw,X`): what the row's name cell names, read as code
 * names a setting (`bind_pw`, `dbpass` a password; `clientsecret` a secret). Ids, URLs and policies name no secret.
 */
function settingValueKind(header: readonly string[], cells: readonly string[], column: number): 'password' | 'token' | undefined {
  const nameAt = header.findIndex((h, i) => i !== column && SETTING_NAME_COLUMN.test(h.trim()));
  const setting = nameAt < 0 ? '' : (cells[nameAt] ?? '').trim();
  if (!/^[A-Za-z][\w.:-]{1,80}$/.test(setting)) return undefined;
  const reading = readSecretName(setting);
  if (reading !== undefined) return reading.kind === 'password' ? 'password' : 'token';
  return RUN_TOGETHER_KEY_NAME.test(setting) ? 'token' : undefined;
}

/**
 * A column headed as a PIN (`PIN`, `Kassen-PIN`, `admin_pin`): its cells are codes. Not `PIN code` / `Pincode`, which
 * in an Indian address sheet is the postal code, nor a column about PINs rather than holding them (`PIN changed`).
 */
export function pinColumn(header: string): boolean {
  const h = fold(header.replace(/[*_`]/g, ' ').replace(/(?<=[A-Za-z])[-_](?=[A-Za-z])/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return h.length <= 40 && /(?:^| )pin(?: |$)/.test(h) && !/pin ?codes?\b|postal|zip|post|address|adresse|^pin$/.test(h) && !NOT_VALUES.test(h);
}
