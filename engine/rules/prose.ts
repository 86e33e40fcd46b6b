// Passwords and tokens written in prose: runbooks, READMEs, tickets, chat exports, e-mails, wiki pages and code
// comments. A label says what the value is (`Password: X`, `ID: x PW: y`, `das Passwort ist X`, `密码：X`,
// `admin / X`, a table's Password column), so human passwords count. Precision comes from what follows a label in
// a sentence about passwords (`Password: must be 8+ characters`), from stand-ins, and from leaving code and config
// syntax to the keyed rules (a quoted JSON key, an object literal, a YAML file).
import { isDigestNamed } from '../validators/digestNamed';
import { isQuotedPrintableFragment } from '../detect/exportViews';
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { isLiteralPassword, isLiteralToken, isPasswordHash, isStandIn } from '../validators/literalArgument';
import { isTestResultPass } from '../validators/testRunnerLine';
import { publicKeyRemarkAfter } from '../validators/publicKeyRemark';
import { isHostName, isPlcOperand, isPropertyPath, PRODUCT_NAME } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import { isPlaceholder } from '../validators/placeholder';
import { namesASecret } from '../validators/secretName';
import { base64Json } from './tokenShapes';
import { isWordLike } from '../validators/valueStats';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword, passphrase } from './humanPasswords';
import { codeIdentifier, letterPassword, lowerRunTogether } from './proseLetterPasswords';
import { capitalsCellWord, isRefusalWord, wordPasswordAfterLabel } from './proseWordPassword';
import { BAD_PASSWORD_EXAMPLE, bracketedStandIn, closesQuestion, csvFieldRun, namesUserBefore, parenthesisedQuestionTail, runTogetherWords } from './proseNotValue';
import { isLinePrefix } from './proseChatLines';
import { isLetterCompound } from '../validators/letterCompound';
import { alignedCellKind, CSV_PATH, csvCellKind, csvCells, csvHeaderLine, htmlCellKind, isHeaderRowAt, markdownCellKind, passwordCellWord } from './proseTables';
import { ASCII_PASSWORD_LABELS, INTL_PASSWORD_LABELS, INTL_TOKEN_LABELS, SENTENCE_WORDS, TOKEN_LABELS, WEAK_LABELS } from './proseWords';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]');
/** A label as literal words for Rule.matchStarts: each blank as the space or tab `escape` lets it be. */
const blankVariants = (label: string): string[] => {
  const at = label.indexOf(' ');
  return at < 0 ? [label] : blankVariants(label.slice(at + 1)).flatMap((rest) => [`${label.slice(0, at)} ${rest}`, `${label.slice(0, at)}\t${rest}`]);
};

/**
 * A value in prose: no blanks, quotes, backticks, backslashes (JSON escapes), angle brackets or full-width
 * punctuation (`初始密码为X，登录后…`); it does not end in sentence punctuation.
 */
// A full-width bracket opens a remark after the value in Chinese and Japanese notes (`密码：X（厂家默认已修改）`, rw-dev20).
export const VALUE = '[^\\s"\'`\\\\<>，。、；！？）」』】（「『【]{0,127}[^\\s"\'`\\\\<>.,;:)\\]}，。、；！？）」』】（「『【]';
/** A Google app password as shown to the user: four groups of four small letters set apart by blanks. */
const APP_PASSWORD = '[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}(?![A-Za-z0-9])';

/** Quotes, emphasis and Confluence's `{{monospace}}` that may wrap a value. */
export const OPEN = "(?:(?:\\*\\*|__)[ \\t]{0,2})?(?:``|''|<(?:strong|b|code|em|kbd)>|[`\"'“«(「『]|\\{\\{)?";
/** Letters of the scripts the labels are written in, for word boundaries without the `u` flag. */
export const LETTER = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

/**
 * `:`, `=`, `::` (AsciiDoc), an arrow, a colon with the value out in an aligned column (`API Key:        X` in a mail), a colon ending the line with the value alone on the next, a dash, `to` (after
 * a verb that sets it: validateLabelled), or a verb (`is`, `ist`, `est`, `es`, `é`, `lautet`, `是`, `は`), with an optional `still`. */
// `er` is Norwegian and Danish `is` (`passordet er X`, `API-nøkkelen er X`, rw-dev20).
const SEPARATOR =
  "(?:[ \\t]{0,3}(?:[:：=]|::|->|=>|→)[ \\t]{0,3}|[ \\t]{0,3}[:：][ \\t]{4,24}|[ \\t]{0,3}[:：][ \\t]{0,3}(?:\\r?\\n[ \\t]{1,12}|\\\\n)|[ \\t]{1,3}[-–—][ \\t]{1,3}|[ \\t]{1,3}to[ \\t]{1,3}|[ \\t]{1,3}(?:is|was|ist|est|c'est|c’est|es|é|è|lautet|är|er|jest|son|sont|là|adalah|yaitu)(?:[ \\t]{1,3}(?:still|now|currently|noch|immer[ \\t]noch|jetzt|weiterhin|toujours|maintenant|todavía|ahora|ainda|agora|sempre|siempre|adesso|ora|nog|altijd|nu|teraz|sekarang))?(?:[ \\t]{1,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,3})|[ \\t]{0,2}(?:是|为|為|は|은|는|:)[ \\t]{0,2})";

/** Words allowed between a label and its separator: `Password for the DB:`, `Пароль администратора Jenkins:`, `JWT secret (HS256):`. */
const QUALIFIER = '(?:[ \\t]{1,3}[^\\n:：=.!?"`|<>()[\\]{},;]{1,40}?)?(?:[ \\t]{1,3}\\([^()\\n:：=]{1,30}\\))?';

/** Files whose text is translations: `"password": "Passwort"`, `msgstr "Mot de passe"`. */
const I18N_PATH =
  /(?:^|[\\/])(?:locales?|i18n|l10n|lang|langs|languages|translations?|nls)[\\/]|\.(?:po|pot|xlf|xliff|resx|arb|strings|ftl)$|(?:^|[\\/])strings\.xml$|(?:^|[\\/])messages(?:_[a-z]{2}(?:_[A-Z]{2})?)?\.properties$/i;

const CODE_PATH = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|fs|vb|php|rs|swift|m|mm|c|cc|cpp|h|hpp|dart|lua|pl|pm|r|jl|ex|exs|erl|clj|groovy|gradle|ps1|psm1|vue|svelte)$/i;

/** Comment markers that make a line of code prose. */
const COMMENT_LINE = /^[ \t]{0,40}(?:\/\/|#|\*|\/\*|--|;|<!--|rem[ \t]|REM[ \t])/;

/** The line around an offset, bounded on a long (minified) line. */
export function lineAround(text: string, start: number, end: number): { line: string; lineStart: number } {
  const lineStart = lineStartNear(text, start, start - 400);
  let lineEnd = end;
  const limit = Math.min(text.length, end + 400);
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return { line: text.slice(lineStart, lineEnd), lineStart };
}

/**
 * Where prose rules apply: prose files, chat exports, e-mails, logs and unknown files, and comment lines in code
 * and config files. Not lockfiles, minified code, source maps or translation files.
 */
export function proseApplies(ctx: MatchContext): boolean {
  if (!prosePathApplies(ctx.path)) return false;
  const kind = fileKind(ctx.path);
  // Code (tests included) and config files: only their comments are prose (keys and values are the keyed rules' work).
  if (kind === 'code' || kind === 'config' || kind === 'notebook' || (ctx.path !== undefined && CODE_PATH.test(ctx.path))) {
    const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
    return COMMENT_LINE.test(line) || (kind === 'config' && xhtmlProseLine(ctx.path, line)) || (kind === 'notebook' && markdownCellLine(ctx.text, lineStart, line));
  }
  return true;
}

/** A notebook's cell type key, as Jupyter writes it before the cell's `source` (keys sorted). */
const CELL_TYPE = /"cell_type":[ \t]*"(\w+)"/g;

/**
 * A line of a Jupyter notebook's markdown cell (`    "Password is X\n",` in the `source` array): the notebook's
 * notes, prose like a README; code cells stay the keyed rules' work. The nearest cell type above decides.
 */
function markdownCellLine(text: string, lineStart: number, line: string): boolean {
  if (!/^[ \t]*"/.test(line)) return false;
  // A cell's head sits within a few kB above its source lines; a longer cell is not read as prose.
  const above = text.slice(Math.max(0, lineStart - 8000), lineStart);
  let type: string | undefined;
  CELL_TYPE.lastIndex = 0;
  for (let m = CELL_TYPE.exec(above); m; m = CELL_TYPE.exec(above)) type = m[1];
  return type === 'markdown' && !/"(?:outputs|source)":[ \t]{0,4}\[/.test(line);
}

/** XHTML text blocks (`<p>`, table cells, list items, headings): the pages of a wiki's XML export (Confluence storage format). */
const XHTML_PROSE = /<(?:p|td|th|li|h[1-6])(?:[ \t][^<>\n]{0,200})?>/i;

/** A line of an XML file that holds a page's prose, not a setting: an XHTML paragraph, table cell, list item or heading. */
function xhtmlProseLine(path: string | undefined, line: string): boolean {
  return path !== undefined && /\.x?html?$|\.xml$/i.test(path) && XHTML_PROSE.test(line);
}

let lastProsePath: string | undefined;
let lastProseApplies = true;

/** The part of proseApplies() that depends on the path alone: the prose rules are skipped where it is false. */
export function prosePathApplies(path: string | undefined): boolean {
  // Every candidate of a file asks about the same path (the prose rules' validators ask on each).
  if (path !== lastProsePath) {
    lastProsePath = path;
    lastProseApplies = readProsePath(path);
  }
  return lastProseApplies;
}

function readProsePath(path: string | undefined): boolean {
  // Source maps hold code (sourcesContent), not prose; a minified JSON file is a build's data (the AWS SDK's API
  // models), never a chat export or notes.
  if (path !== undefined && /\.map$|\.min\.json$/i.test(path)) return false;
  const kind = fileKind(path);
  if (kind === 'lockfile' || kind === 'minified') return false;
  return !(path !== undefined && I18N_PATH.test(path));
}

/** Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK, kana, Hangul and full-width forms (UTF-16 ranges). */
const OTHER_SCRIPT_RANGES: readonly [number, number][] = [
  [0x0370, 0x06ff],
  [0x0900, 0x097f],
  [0x0e00, 0x0e7f],
  [0x3000, 0x30ff],
  [0x3400, 0x9fff],
  [0xac00, 0xd7af],
  [0xff00, 0xffef],
];
function hasOtherScript(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (OTHER_SCRIPT_RANGES.some(([lo, hi]) => c >= lo && c <= hi)) return true;
  }
  return false;
}

const EMAIL_OR_URL = /^[^@\s]{1,64}@[^@\s]{1,255}\.[A-Za-z]{2,}$|:\/\/|^www\./;

/**
 * The value reads as the next word of a sentence, not a password: a word from the sentence list, or a word of
 * letters only followed by more words (`Password: see the vault`, `the password is stored in Vault`).
 */
/** The conjunction after a suspended hyphen (`Groß- und`, `upper- and`, `mono- ou`), in the languages of the prose rules. */
const SUSPENDED_HYPHEN_AFTER = /^[ \t]{1,2}(?:und|oder|bzw\.|and|or|ou|et|y|o|e|i|en|of|и|или)[ \t]/i;

export function continuesSentence(value: string, ctx: MatchContext): boolean {
  const bare = value.replace(/[*_`'"”»]{1,4}$/, '');
  if (SENTENCE_WORDS.has(bare.toLowerCase())) return true;
  // Words run together with capitals inside (`vlinderdasDishwasherTractor`) are chosen, not a word of the sentence.
  if (/^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}$/.test(bare) && /[a-z]{3}[A-Z][a-z]{2}/.test(bare) && bare.length >= 12) return false;
  if (runTogetherWords(bare)) return false;
  // The first half of a compound whose ending is shared (`Groß- und Kleinschreibung`, `upper- and lower-case`).
  if (/^[A-Za-z\u00C0-\u024F]{2,20}-$/.test(bare) && SUSPENDED_HYPHEN_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12))) return true;
  // A word or a two-part compound (`case-sensitive`, `lower-case`); three words joined are a passphrase.
  if (!/^[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+)?$/.test(bare)) return false;
  let i = ctx.end;
  while (i < ctx.text.length && /[`'"*_”»]/.test(ctx.text.charAt(i))) i++;
  // Letters only and followed by another word on the same line, or by a comma and a word (a list: `placeholders,
  // code, prose`): a sentence goes on.
  // Also a number and a word (`Passwort: mindestens 14 Zeichen`).
  return /^(?:[ \t]{1,3}|[,;][ \t]{1,3})(?:[0-9]{1,3}[ \t]{1,3})?[A-Za-z\u00C0-\u024F\u0400-\u04FF]/.test(ctx.text.slice(i, i + 12));
}

/** A generated password that opens with a dash: mixed case, a digit and a symbol no command-line flag carries. */
const dashOpenedGenerated = (value: string) => /^-[^-\s=$/\\][^\s=$/\\]{10,63}$/.test(value) && /[!#%^&*+?~@]/.test(value) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);

/** A value that is a password under a password label in prose. */
export function prosePassword(value: string, ctx: MatchContext): boolean {
  // Flags (`-passin`) are code, not values; so are calls (`getpass.getpass(`: isLiteralPassword), not `Harbor(2024)!`.
  // A generated password may open with a dash (`sa / -q!…`): twelve characters or more in mixed case with a digit and a
  // symbol no flag carries (`-Xmx512m`, `--user=x`, `-D$VAR` have none of `!#%^&*+?~@`).
  if (value.startsWith('-') && !dashOpenedGenerated(value)) return false;
  // An empty option (`guest,password=,vers=3.0`) leaves the next option where the value would be.
  if (/^[,;]/.test(value)) return false;
  // A snake_case name with a password word as one of its parts names a format or a field (sqlmap's `md5_generic_passwd`).
  if (/^[a-z0-9]+(?:_[a-z0-9]+)+$/i.test(value) && /(?:^|_)(?:passwd|password|pwd|hash)(?:_|$)/i.test(value)) return false;
  // A masked value (`Your new password: ****41`, read from inside its stars): the last characters shown, not a password.
  if (/^\*{2,}/.test(value) || (value.startsWith('*') && ctx.text.charAt(ctx.start - 1) === '*')) return false;
  // The tail of a stored verifier (`PASSWORD 'SCRAM-SHA-256$4096:salt$key:key'`) is part of a hash, not a password.
  // A word people write there that is no password (`unverändert`, `inchangé`, `varchar`), in any language.
  if (isRefusalWord(value)) return false;
  // One chosen word alone after a password label (`Password:` and a word in capitals), which the checks below read as a stand-in or a word.
  if (wordPasswordAfterLabel(value, ctx, isPasswordLabel(ctx.keyName ?? ''))) return true;
  let from = ctx.start;
  while (from > 0 && ctx.start - from < 128 && !/[\s"'`]/.test(ctx.text.charAt(from - 1))) from--;
  const word = ctx.text.slice(from, ctx.start);
  if (word !== '' && isPasswordHash(word + value)) return false;
  // An encrypted blob (a Remote Desktop file's `password 51:b:` DPAPI hex) or a PLC operand (`%MW100`) is no password.
  if (isHashOrEncrypted(value) || isPlcOperand(value)) return false;
  // An Ethereum-style address (`0x` and 40 hex digits, maybe closing a question): public, where funds are sent.
  if (/^0x[0-9a-fA-F]{40}(?![0-9a-fA-F])/.test(value)) return false;
  if (!isLiteralPassword(value) || EMAIL_OR_URL.test(value) || continuesSentence(value, ctx)) return false;
  if (isQuotedPrintableFragment(value, ctx.text, ctx.path)) return false;
  // Stand-ins, rows of a CSV file, a name asked about, the user of a login.
  if (bracketedStandIn(value, ctx.text, ctx.end) || csvFieldRun(value, ctx.path) || parenthesisedQuestionTail(value) || namesUserBefore(ctx.text, ctx.start)) return false;
  // A word closing a question (`… è cambiata?`): asked about, not given.
  if (closesQuestion(value, ctx.text, ctx.end)) return false;
  // Paths are not passwords (`PWD=/home/deploy` in a sudo log is the working directory), nor are host names,
  // nor the names of settings (`auth.password` is now `auth.credentials.password`).
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)/.test(value) || isHostName(value) || isPropertyPath(value)) return false;
  // Letters of other scripts make it a word of the sentence (`Пароль: должен …`, `密码：请联系管理员`): people type
  // passwords on a Latin layout.
  if (hasOtherScript(value)) return false;
  // Versions (`v1.2.3`, `2.0.1-beta`) are not passwords.
  if (/^v?[0-9]+(?:\.[0-9]+){1,3}(?:[-+][0-9A-Za-z.]{1,20})?$/i.test(value)) return false;
  // A count with its unit (`236-character`, `32-byte`, `64-bit`, `90-day`) is a measure in the sentence.
  if (
    /^\d{1,6}-(?:char(?:acter)?s?|bytes?|bits?|digits?|letters?|words?|lines?|days?|hours?|minutes?|seconds?|weeks?|months?|years?|steps?|way|factor|fold|times?|cores?|nodes?|pages?|rounds?|iterations?)$/i.test(
      value,
    )
  )
    return false;
  // Pure digit runs are PINs, ports, counts and dates in prose; a single short word is a word.
  if (/^[0-9]+$/.test(value)) return false;
  if (/^[A-Za-z]{1,8}$/.test(value) && isWordLike(value) && !wordAloneAfterLabel(value, ctx)) return false;
  return true;
}

/**
 * A single word that is all a password label's line gives (`Password: Pumpkin`, `Hasło do wifi:` and a word in capitals, `pw ember`
 * at the end of its line): people choose such words, and nothing in the sentence goes on after it. Not a word of the
 * sentence list (`required`, `hidden`, `string`), a placeholder or a word of four letters or fewer.
 */
function wordAloneAfterLabel(value: string, ctx: MatchContext): boolean {
  if (value.length < 5 || SENTENCE_WORDS.has(value.toLowerCase()) || isPlaceholder(value)) return false;
  if (!isPasswordLabel(ctx.keyName ?? '')) return false;
  let i = ctx.end;
  while (i < ctx.text.length && /[`'"*_”»]/.test(ctx.text.charAt(i))) i++;
  return /^[.!]?[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(i, i + 8));
}

/** Generated beyond doubt: 20+ characters mixing lower case, upper case and digits, not made of words. */
export function strictlyRandom(value: string): boolean {
  return value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && isLiteralToken(value, 20);
}

/** Looks chosen as a password without a label to say so: letters with digits and a symbol or a capital, or a passphrase. */
export function strongLooking(value: string): boolean {
  if (/^[a-z]{3,12}(?:[-._][a-z]{3,12}){2,6}(?:[-._][0-9]{1,4})?$/.test(value)) return true;
  return /[A-Za-z]/.test(value) && /[0-9]/.test(value) && /[^A-Za-z0-9]|[A-Z]/.test(value) && value.length >= 6;
}

/** A quoted value followed by `,` `;` `)` `}` is code (an object or call in a snippet): the keyed rules' work. */
export function looksLikeCode(ctx: MatchContext): boolean {
  const before = ctx.text.charAt(ctx.start - 1);
  if (before !== '"' && before !== "'") return false;
  const close = /^["'][ \t]{0,2}([,;)}\]])/.exec(ctx.text.slice(ctx.end, ctx.end + 4))?.[1];
  if (close === undefined) return false;
  // `(contraseña "X")`: a remark in parentheses, a label word and a blank right before the quote, is prose.
  return !(close === ')' && /\p{L}[ \t]$/u.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start - 1)));
}

/** The label is a quoted key (`"password": …`, `'pw' =>`): structured data, not prose. */
function labelIsQuotedKey(ctx: MatchContext): boolean {
  const key = ctx.keyName;
  if (!key) return false;
  const at = ctx.text.lastIndexOf(key, ctx.start);
  if (at < 0) return false;
  const after = ctx.text.charAt(at + key.length);
  return after === '"' || after === "'" || after === '`';
}

const PASSWORD_LABEL_SET = new Set([...ASCII_PASSWORD_LABELS, ...INTL_PASSWORD_LABELS.map((l) => l.toLowerCase())]);

/** Whether a label (as matched) names a password (else a token). */
function isPasswordLabel(label: string): boolean {
  const l = label.toLowerCase().replace(/[ \t]+/g, ' ');
  return PASSWORD_LABEL_SET.has(l) || /(?:passwort|kennwort|wachtwoord)$/.test(l);
}

/**
 * Words between a label and its value that make the line a statement about the password, not the password; among
 * them the outcome of a check (`Password verification failed for user id=…`: the value is the user's id), and a report
 * of what a screen said (`password X and it says the account is locked??`: the value is the status).
 */
const QUALIFIER_VERBS =
  /\b(?:expired?|expires|changed?|reset|rotated?|updated?|stored|saved|sent|required|must|should|will|needs?|policy|length|hash(?:ed)?|field|prompt|manager|protected|encrypted|generated|set|requirements?|rules?|strength|hint|recovery|was|were|are|created|used|passed|format|type|flow|authentication|challenge|if|when|that|which|fail(?:ed|s|ure)?|verif(?:y|ied|ication)|mismatch(?:ed)?|rejected|denied|incorrect|invalid|wrong|says|shows|showed)\b/i;

/** A colon or equals sign right after the label, then the value (what a weak label needs). */
const DIRECT_SEPARATOR = /^[ \t]{0,3}(?:(?:[:：=]|::|->|=>|→)[ \t]{0,3}|[:：][ \t]{4,24})(?:(?:\*\*|__)[ \t]{0,2})?[`"'“«(]?$/;

/**
 * Words before a `key` (or `token`) that make it no credential: public by design, a data structure's key, a
 * product or licence key, or where a key came from (`sort key:`, `restored from key:`, `anon key:`).
 */
export const NOT_A_CREDENTIAL_KEY_WORDS =
  'public|publishable|anon|anonymous|client|site|host|ssh|gpg|pgp|primary|foreign|sort|cache|partition|object|map|licen[cs]e|product|activation|serial|registry|recovery|idempotency|routing|lookup|hash|dictionary|translation|i18n|from|with|by|using';
const NOT_A_CREDENTIAL_KEY_BEFORE = new RegExp(`\\b(?:${NOT_A_CREDENTIAL_KEY_WORDS}|api[ \\t]id)[ \\t]{1,3}$`, 'i');

/** The first word of a hyphenated compound label (`Produktiv-`, `Webhook-`), after a blank, a bullet or the line's start. */
const COMPOUND_HEAD = /(?:^|[\s*_"'`“„«(])\p{L}[\p{L}\p{N}]{1,23}-$/u;

/** Labels that count with a verb or words in between (`the password for the DB is X`). */
function isStrongLabel(label: string): boolean {
  return !WEAK_LABELS.has(label.toLowerCase().replace(/[ \t]+/g, ' '));
}

function validateLabelled(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || labelIsQuotedKey(ctx) || looksLikeCode(ctx)) return false;
  // `Example of a bad password: X`: what a policy says not to choose.
  const { line: valueLine, lineStart: valueLineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  if (BAD_PASSWORD_EXAMPLE.test(valueLine.slice(0, ctx.start - valueLineStart))) return false;
  // A bracket opened and not closed in the value is a remark in brackets (`your new password: [see attachment]`).
  if (/^[[(<{]/.test(value) && !/[\])>}]/.test(value)) return false;
  // A label negated (`Device serials are not secret: …`, `isn't a password:`): what follows is no secret.
  const labelAt = ctx.keyName ? ctx.text.lastIndexOf(ctx.keyName, ctx.start) : -1;
  if (labelAt > 0 && /(?:\bnot|n['’]t|\bnon-?)[ \t]{0,3}(?:(?:a|an|the)[ \t]{1,3})?$/i.test(ctx.text.slice(Math.max(0, labelAt - 20), labelAt))) return false;
  // A Google app password after the label (four groups of four letters): random groups, not four words of a sentence.
  if (/ /.test(value)) return isPasswordLabel(ctx.keyName ?? '') && value.split(' ').filter((w) => isWordLike(w)).length <= 1;
  // `API 키는 X, 공개키라 괜찮아요` (it is the public key, fine to share): the remark after a key says it is the public half.
  if (!isPasswordLabel(ctx.keyName ?? '') && publicKeyRemarkAfter(ctx.text, ctx.end)) return false;
  // `apiKey="…"`, `password='…'`: an attribute or an assignment (the keyed rules' work), not a label.
  if (/=[ \t]{0,3}["']$/.test(ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start))) return false;
  // `// var pw = builder.Configuration["Smtp:Password"];`: a member chain indexed or called is code read aloud, no value.
  if (/^[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){1,6}[[(]$/.test(value)) return false;
  const label = ctx.keyName ?? '';
  // The shell's working directory (`PWD=/home/deploy`, `OLDPWD`), not a password.
  if (label === 'PWD') return false;
  // `--password: …`, `db.password: …`, `$password = …`: flags, properties and variables, not labels.
  const at = ctx.text.lastIndexOf(label, ctx.start);
  if (isTestResultPass(ctx.text, label, at, ctx.end)) return false;
  // A hyphenated compound's last word (`Produktiv-Schlüssel: X`, `Webhook-Secret: X`) is a label: a word before the
  // hyphen that starts after a blank or the line's start, not a flag, a property or a path.
  if (at > 0 && /[-.$@/\\]/.test(ctx.text.charAt(at - 1)) && !COMPOUND_HEAD.test(ctx.text.slice(Math.max(0, at - 26), at))) return false;
  const between = at >= 0 ? ctx.text.slice(at + label.length, ctx.start) : '';
  // A token that identifies a request or a device rather than authorising anyone: Postman's per-request
  // `Postman-Token:` header, a push token (`APNs token:`, `FCM token:`, `APNs device token:`, `FCM registration
  // token:`), a page cursor. (`device token` alone stays: in IoT it is the device's access credential.)
  const idToken = /(?:(?:push|apns|fcm|gcm)(?:[ \t_-]{1,3}(?:device|registration))?|postman|page|pagination|continuation|cancellation|idempotency)[ \t_-]{1,3}$/i;
  if (/(?:^|[ \t_-])token$/i.test(label) && (idToken.test(label.replace(/token$/i, '')) || (at > 0 && idToken.test(ctx.text.slice(Math.max(0, at - 24), at))))) return false;
  // `API key ID:`, `Token name:`, `Password hash:`: the word after the label says the value is about the secret.
  if (/^[ \t]{1,3}(?:id|ids|uuid|guid|identifier|name|names|prefix|suffix|fingerprint|hash|digest|checksum|alias|type|length)\b/i.test(between)) return false;
  // `password is still <pw> — rotate!`: the label's verb already gave its value; what follows the dash is a remark.
  if (/[ \t](?:is|was|ist|war|est|es|é|è|lautet)(?:[ \t]{1,3}(?:still|now|noch|jetzt|toujours|todavía|ainda|ancora))?[ \t]{1,3}\S{3,}[ \t]{1,3}[-–—][ \t]{1,3}(?:[`"'“*]{1,2})?$/.test(between)) return false;
  // The separator's own verb (`the password was X`) is no qualifier; `was reset`, `is stored` are.
  // `Passwort geändert → X`, `비번 rotate 했습니다 → X`: an arrow after the change gives the new value.
  const arrowed = /(?:->|=>|→)[ \t]{0,3}(?:[`"'“]|\{\{)?$/.test(between) && !/[:：=]/.test(between.replace(/->|=>/g, ''));
  if (!arrowed && QUALIFIER_VERBS.test(between.replace(/[ \t]{1,3}(?:is|was)(?:[ \t]{1,3}(?:still|now))?[ \t]{0,3}(?:[`"'“]|\{\{)?$/, ''))) return false;
  // `… set the owner password to X`, `reset the root password to X`: only after a verb that sets it, and a value
  // that looks chosen (`the password to access the server` is a sentence).
  // Polish `to` is a copula (`hasło to X`, `GOTV hasło to X dla castera`), not a preposition.
  const polishCopula = /has[łl]o$/i.test(label) && /^[ \t]{1,3}to[ \t]{1,3}(?:[`"'“«(])?$/.test(between);
  if (!polishCopula && !/[:：=]/.test(between) && /(?:^|[ \t])to[ \t]{1,3}(?:(?:\*\*|__)[ \t]{0,2})?(?:[`"'“«(]|\{\{)?$/.test(between)) {
    const lineBefore = ctx.text.slice(Math.max(0, lineStartNear(ctx.text, at, at - 200)), at);
    if (!/\b(?:set|sets|reset|resets|changed?|changes|updated?|rotated?)\b[^.;!?\n]{0,40}$/i.test(lineBefore)) return false;
    if (!strongLooking(value) && !/[`"'“]/.test(ctx.text.charAt(ctx.start - 1))) return false;
  }
  // A value on the line after `Password:` stands alone there (`Password:\n    hunter2`, `\\n` in a JSON string), not a
  // paragraph's first word.
  if (/\n|\\n/.test(between) && /[:：]/.test(between) && !/^[ \t]*(?:\r?\n|\\n|"|$)/.test(ctx.text.slice(ctx.end, ctx.end + 6).replace(/^[`'”*]{1,2}/, ''))) return false;
  // A weak label with a verb (`the key is X`) only for a value that is unmistakably generated.
  if (!isStrongLabel(label) && !DIRECT_SEPARATOR.test(between)) {
    if (!/^(?:key|token|secret)$/i.test(label) || !/^[ \t]{1,3}(?:is|was)(?:[ \t]{1,3}(?:still|now))?[ \t]{1,3}(?:[`"']|\{\{)?$/.test(between)) return false;
    if (/\b(?:public|publishable|site|host|ssh|gpg|pgp|primary|foreign|sort|cache|partition|object|map)[ \t]{1,3}$/i.test(ctx.text.slice(Math.max(0, at - 16), at))) return false;
    return strictlyRandom(value) && !continuesSentence(value, ctx);
  }
  // `A passphrase is …`, `Each token is …` (English: `a senha … é X` is Portuguese for *the* password): a statement
  // about passwords in general, not about one password.
  if (
    /[ \t](?:is|was)[ \t]/.test(between) &&
    !/[:：=]/.test(between) &&
    at > 0 &&
    /(?:^|[^\p{L}])(?:a|an|any|each|every|no)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3})?$/iu.test(ctx.text.slice(Math.max(0, at - 32), at))
  )
    return false;
  // `the password is X` with X a lower-case word: a sentence (`… is deprecated`), unless quoted or marked as code.
  // (Also `lower-case`, `well-known`: a compound word, not a passphrase of three words or more.)
  // Words run together (`… ist <small words run together>`) are chosen (lowerRunTogether).
  if (!/[:：=]/.test(between) && /^[a-z]+(?:-[a-z]+)?$/.test(value) && !/[`"'“]/.test(ctx.text.charAt(ctx.start - 1)) && !lowerRunTogether(value)) return false;
  if (value.startsWith('//')) return false;
  // `login / pass: USER / PASSWORD`: the value after this label is the user name (prose-login-pass-pair).
  if (at > 0 && /(?:login|user(?:name)?|id|benutzer|usuario|usuário|utilisateur|identifiant|utente|gebruiker|kullanıcı|логин|账号|帳號)[ \t]{0,2}\/[ \t]{0,2}$/i.test(ctx.text.slice(Math.max(0, at - 20), at)))
    return false;
  // A Wi-Fi key under a token word of another language (`SSID ACME-Gast, Schlüssel: X`, `clé WPA : X`) is a password.
  if (/^(?:schl[üu]ssel|cl[ée]|clave|chave|sleutel|klucz|chiave)$/i.test(label)) {
    const { line } = lineAround(ctx.text, ctx.start, ctx.end);
    if (/wi-?fi|wlan|ssid|wpa/i.test(line)) return prosePassword(value, ctx);
  }
  // Wi-Fi keys and bare `key` need the line to be about Wi-Fi.
  if (/key|psk/i.test(label) && isPasswordLabel(label)) {
    const { line } = lineAround(ctx.text, ctx.start, ctx.end);
    // A public key on a VPN's line (`Server public key: …, endpoint vpn-fra…`): WireGuard's and SSH's are shared on purpose.
    if (/\b(?:public|publishable|host|ssh|gpg|pgp)[ \t]{1,3}$/i.test(ctx.text.slice(Math.max(0, at - 16), at))) return false;
    // A VPN's pre-shared key (`Site-to-site VPN PSK: …`) too. Elsewhere a `… Key:` label names a token
    // (`Merchant Key: …`), unless the word before says the key is public or not a credential
    // (`sort key:`, `restored from key:`).
    if (!/wi-?fi|wlan|ssid|wpa|wireless|vpn|ipsec|site-to-site/i.test(line)) {
      if (!/^key$/i.test(label) || !DIRECT_SEPARATOR.test(between)) return false;
      if (NOT_A_CREDENTIAL_KEY_BEFORE.test(ctx.text.slice(Math.max(0, at - 20), at))) return false;
      // `Cache restored from key: node-modules-Linux-…` (CI logs): a cache's key, not a credential.
      if (/\bcache/i.test(line) || isDigestNamed(value)) return false;
      return isLiteralToken(value, 16) && strictlyRandom(value) && !continuesSentence(value, ctx);
    }
  }
  if (isPasswordLabel(label) && /^[0-9]+$/.test(value)) return numericPassword(value, ctx);
  // A token is typed on a Latin layout: letters of another script are the sentence (`トークン：各自で発行してください`).
  return isPasswordLabel(label) ? prosePassword(value, ctx) : isLiteralToken(value, 16) && !hasOtherScript(value) && !continuesSentence(value, ctx);
}

/** Words that make digits after a password word a measure, a count, a date or a number of something else. */
const NOT_A_NUMERIC_PASSWORD =
  /\b(?:digits?|characters?|chars?|length|long|min(?:imum)?|max(?:imum)?|at[ \t]least|attempts?|tries|retries|days?|hours?|minutes?|seconds?|weeks?|months?|years?|since|until|port|version|ticket|ref|stellen|zeichen|tage|caract[èe]res|chiffres|d[ií]gitos|caracteres|znak[óo]w|cyfr)\b/i;

/**
 * Digits alone after a password label (`the touch panel admin password is NNNN,`, `Password: NNNN`): a numeric
 * password or a device's code, 4 to 10 digits, not a run, one repeated digit or a recent year, ending the phrase, on a line that
 * gives no unit or count (`Password: 12 characters`, `password expires in 90 days`).
 */
function numericPassword(value: string, ctx: MatchContext): boolean {
  if (value.length < 4 || value.length > 10 || /^(.)\1+$/.test(value)) return false;
  if ('01234567890123456789'.includes(value) || '98765432109876543210'.includes(value)) return false;
  if (!/^[`"'”*]{0,2}[ \t]{0,3}(?:$|\r?\n|[.,;!)](?:[ \t]|$|\r?\n)|[ \t][-–—(][ \t]?)/.test(ctx.text.slice(ctx.end, ctx.end + 6))) return false;
  const { line } = lineAround(ctx.text, ctx.start, ctx.end);
  return !NOT_A_NUMERIC_PASSWORD.test(line) && !/^(?:199[0-9]|20[0-3][0-9])$/.test(value);
}

/**
 * A user named just before the password word, then a comma (`user apc, password`, `admin is "builder", password`,
 * `username mia449, pw`) or `and` in the writer's language (`usuário video e senha X`, rw-dev19).
 */
function givenWithUser(before: string, label: string): boolean {
  if (/token|api key|seed|secret|key/.test(label)) return false;
  return /(?<![\p{L}])(?:user(?:[ \t]?name)?|login|admin|account|benutzer|utilisateur|identifiant|usuario|usuário|utente|gebruiker|kullan[ıi]c[ıi](?:[ \t]ad[ıi])?|u[żz]ytkownik|логин|пользователь)(?:[ \t]{1,3}is)?[ \t:=]{1,3}[`"'“]?[\p{L}\p{N}_.@-]{2,64}[`"'”]?(?:,[ \t]{1,3}|[ \t]{1,3}(?:and|und|et|y|e|i|en|ve|og|och)[ \t]{1,3})$/iu.test(
    before,
  );
}

/** Words that follow a password word in a sentence and are no password (`password required`, `password reset`). */
const NOT_CHOSEN = new Set(
  'reset required expired changed protected hidden empty blank none same unchanged optional prompt field policy manager hash hashed auth authentication less based only please unknown default null'.split(' '),
);

/** A word somebody chose (`ROCKET`, `otter`, `meadow!`) or letters with digits (`gizmonapoli2`): not a word of the sentence. */
function chosenWord(value: string): boolean {
  const word = value.replace(/!$/, '');
  const shaped = /^[A-Za-z]{4,16}$/.test(word) || (/^[A-Za-z0-9]{6,24}$/.test(word) && /[A-Za-z]/.test(word) && /[0-9]/.test(word) && !/^[0-9]/.test(word));
  const lower = word.toLowerCase();
  // A word in capitals is a variable's name in code (isStandIn); handed over in a sentence it is the word typed.
  const standIn = /^[A-Z]+$/.test(word) ? isPlaceholder(word) || isStandIn(lower) : isPlaceholder(word) || isStandIn(word);
  return shaped && !SENTENCE_WORDS.has(lower) && !NOT_CHOSEN.has(lower) && !standIn && !codeIdentifier(word);
}

const asciiLabels = [...ASCII_PASSWORD_LABELS, ...TOKEN_LABELS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** Token labels may end a hyphenated compound (`API-Token`, `Webhook-Secret`, `Access-Token`). */
const tokenLabels = [...TOKEN_LABELS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const intlLabels = [...INTL_PASSWORD_LABELS, ...INTL_TOKEN_LABELS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/**
 * Non-ASCII labels as the prefilter sees them: it folds every UTF-16 code unit into ASCII (`code & 127`) and
 * lower-cases. Two-character labels (`密码`) get each separator appended so every keyword has 3 characters.
 */
export function foldedKeywords(labels: readonly string[]): string[] {
  const fold = (s: string) =>
    [...s]
      .map((c) => String.fromCharCode(c.charCodeAt(0) & 127))
      .join('')
      .toLowerCase();
  const out = new Set<string>();
  for (const label of labels) {
    if (label.length >= 3) out.add(fold(label));
    else for (const sep of [':', '：', ' ', '是', '为', '為', 'は', '은', '는', '\t']) out.add(fold(label + sep));
  }
  return [...out];
}

export const base = {
  provider: 'Prose',
  family: 'generic' as const,
  // Exact ties go to generic-secret-assignment (a random value under a secret name it also finds).
  priority: 'generic' as const,
  skipPlaceholderCheck: true,
  // Every prose validator starts with proseApplies().
  appliesToPath: prosePathApplies,
  severity: 'error' as const,
  envName: 'PASSWORD',
  docsUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
  revocationUrl: null,
  revocationNote: 'A password written in a document is read by everyone who can read the document: change it, and share credentials through a password manager instead.',
};

const who = (g: ExampleGen) => g.pick(['admin', 'deploy', 'jdoe', 'svc_backup', 'reader', 'ops']);

/** Names vendors ship as the default admin account: `admin / X` and `admin:X` mean a credential pair. */
const ADMIN_NAMES = new Set([
  'admin',
  'root',
  'administrator',
  'ubnt',
  'pi',
  'sa',
  'postgres',
  'guest',
  'operator',
  'support',
  'demo',
  'ftp',
  'oracle',
  'elastic',
  'kibana',
  'grafana',
  'jenkins',
  'tomcat',
  'manager',
  'sysadmin',
  'superuser',
  'apc',
  'cisco',
  'user',
]);

/** Words that say a line is about logging in. */
// The password word of each language counts too (`Passwort: …` two lines up, `acessos` opening a list of logins).
const CREDENTIAL_CONTEXT =
  /\b(?:log[ -]?in|logon|sign[ -]?in|creds?|credentials?|accounts?|user(?:name)?|admin|root|pass(?:word)?|pw|pwd|zugang|zugangsdaten|zugänge|anmeldung|benutzer|identifiants?|compte|acceso|accesos|acesso|acessos|accessi|usuario|utente|konto|gebruiker|passwort|kennwort|wachtwoord|senha|contrase[ñn]a|mot de passe|mdp|has[łl]o|l[öo]senord|[şs]ifre|salasana|heslo|jelsz[óo])\b|kullan[ıi]c[ıi]|账号|帳號|用户|登录|계정|アカウント|ログイン|учетн|логин|пользовател|пароль|密码|密碼|パスワード|비밀번호/i;

/** Lists written with slashes (`dev / qa / prod`, `TCP / UDP`) are not credential pairs. */
const COMMON_PAIR_WORDS = new Set([
  'read',
  'write',
  'yes',
  'no',
  'and',
  'or',
  'on',
  'off',
  'true',
  'false',
  'client',
  'server',
  'input',
  'output',
  'tcp',
  'udp',
  'get',
  'post',
  'put',
  'http',
  'https',
  'dev',
  'qa',
  'prod',
  'staging',
  'test',
  'true',
  'min',
  'max',
  'he',
  'she',
  'they',
  'either',
  'and/or',
  'n',
  'a',
  'b',
]);

/** IANA (`TLS_AES_128_GCM_SHA256`) and OpenSSL (`ECDHE-RSA-AES256-GCM-SHA384`) cipher-suite names. */
const CIPHER_SUITE = /^(?:TLS|SSL)_[A-Z0-9_]{4,60}_(?:SHA(?:256|384|512)?|MD5|CCM(?:_8)?)$|^(?:ECDHE|DHE|ECDH|DH|RSA|PSK|AES(?:128|256)?|CHACHA20)(?:-[A-Z0-9]{2,12}){1,6}$/;

/** A ticket's or record's number: upper-case letters and digits, maybe a dash between (`RITM0044120`, `OPS-4411`). */
const RECORD_NUMBER = /^[A-Z]{2,10}-?[0-9]{3,10}$/;

/** Whether `text` ends with an inline code span (closing backtick included) that holds blanks: a command, not a name. */
function commandSpanBefore(text: string): boolean {
  if (!text.endsWith('`')) return false;
  const open = text.lastIndexOf('`', text.length - 2);
  return open >= 0 && /[ \t]\S/.test(text.slice(open + 1, text.length - 1));
}

/** After a pair, a remark that the password is kept elsewhere (`— password is in wp-config`, `(Passwort im KeePass)`). */
const PASSWORD_ELSEWHERE_AFTER = /^[`*"]{0,2}[ \t]{1,3}(?:[—–-]|\(|,)[ \t]{0,3}(?:the[ \t])?(?:password|passwort|pw|pass)[ \t]{1,3}(?:is[ \t]{1,3})?(?:in|im|at|on|from|siehe|see)\b/i;

/** Where a login pair is used, for a chosen-looking value: a panel, a back office, basic auth, a database (`- panel: sklepik / X`, `baza MySQL: … / X`). */
// Also the site's administrator account (`Primary site administrator: \`siteadmin\` / X`) and a partner app (`Swiggy partner app: <phone> / X`, rw-dev18, rw-dev22).
const PAIR_PLACE_CONTEXT =
  /\b(?:panel|back[ -]?office|basic[ -]?auth|dashboard|portal|hosting|webmail|ftp|sftp|mysql|mariadb|postgres(?:ql)?|baza|accès|acceso|dostęp|zugriff|konto|administrator|administrador|amministratore|administrateur|(?:partner|merchant|seller)[ -]app)\b/i;

/** Capitals through small letters with a symbol and no digit (`aBCdef-GhiJKL-MnOpqR`): a generator's password, no word or name. */
const symbolMixedCase = (value: string) => value.length >= 12 && /[^A-Za-z0-9]/.test(value) && !/[0-9]/.test(value) && (value.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 5;

/** Ways to sign in named as a pair's first part (`Login with github / GoogleWorkspace`): a choice of providers, not a user. */
const SIGN_IN_PROVIDER = /^(?:github|gitlab|bitbucket|google|microsoft|azure|apple|facebook|twitter|linkedin|okta|auth0|sso|saml|oidc|oauth2?|ldap|email|e-mail|mail|phone|sms|passkey)$/;

/** Letters only, but chosen: CamelCase words (`KingfisherCaramelo`), mixed case through it, or small words run together (10+). */
const lettersChosen = (value: string) =>
  (value.length >= 10 && /^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{1,}){1,4}$/.test(value)) ||
  ((value.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 4 && value.length >= 10) ||
  (value.length >= 12 && /^[a-z]+$/.test(value) && runTogetherWords(value));

/** A site's Basic authentication named on the line (`basic auth \`team\` / \`X\``): a login pair follows. */
const BASIC_AUTH = /\bbasic[ -]?auth\b/i;

/** Three small words run together (`walnutlanternotter`), as the examples of lowerRunChosen. */
const smallWordsRunTogether = (g: ExampleGen) => `${g.pick(['walnut', 'pelican', 'meadow'])}${g.pick(['lantern', 'gravel', 'marmalade'])}${g.pick(['otter', 'canyon', 'pickle'])}`;

/**
 * Small words run together, 12 letters or more (`svc_looker / <words run together>`): how people write a chosen
 * password after its login. Not one long word (its ending), a word of the sentence, or a code word.
 */
const lowerRunChosen = (value: string) => /^[a-z]{12,40}$/.test(value) && lowerRunTogether(value) && isLetterCompound(value);

/** A credential word with another word in one name (`PasswordManager`, `SecretStore`, `KeyVault`, `LastPass`, `KeePass`). */
const CREDENTIAL_TOOL_WORD = /^(?:Password|Passwort|Kennwort|Secret|Key|Token|Credential|Login|Vault)[A-Z][a-z]|[a-z](?:Pass|Password|Vault|Keeper|Safe)$/;

function validatePair(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || !prosePassword(value, ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  const m = /(?:^|[\s(,:])[`*]{0,2}([^\s`*]{1,64})[`*]{0,2}[ \t]{1,3}(\/{1,2}|=>|->|::|→)[ \t]{1,3}[`*"]{0,2}$/.exec(before);
  if (!m) return false;
  // `(wolfgang / X)`, `(basic auth monitoring / X)`: a pair in brackets; the bracket is not the user's.
  const bracketed = /^\((?=[^()]{1,64}$)/.test(m[1]!);
  const user = bracketed ? m[1]!.slice(1) : m[1]!;
  // In brackets the pair is often a name and a product or a host (`Keystores (Tomcat / Jetty)`): only a chosen-looking value.
  if (bracketed && !strongLooking(value) && !lettersChosen(value)) return false;
  // `\`kubectl get secret app -o jsonpath='{.metadata.uid}'\` → <uuid>`: a code span holding a command (blanks inside)
  // before the arrow gives what the command prints, not a user. A user in code is one word (`\`demo\` / \`X\``).
  if (commandSpanBefore(before.slice(0, m.index + m[0].indexOf(user) + user.length + 1))) return false;
  // A value cut before a placeholder (`pg02:5432:*:postgres:<şifre>`, `admin:{{ pw }}`): a template of a line whose
  // secret part is left to fill in.
  if (/^:?(?:<[^<>\n]{1,40}>|\{\{|\$\{)/.test(ctx.text.slice(ctx.end, ctx.end + 44))) return false;
  // The other separators (`=>`, `->`, `::`, `//`) are also arrows, scopes and comments: only a chosen-looking value.
  // `'base64-token', // base64-encoded …`: a comment after code, not a pair.
  if (m[2] === '//' && /[,;(){}'"]$/.test(user)) return false;
  if (m[2] !== '/' && !strongLooking(value) && !/^[a-z]{4,}[0-9]{2,6}$/i.test(value) && !(strictlyRandom(value) && isLiteralToken(value, 16))) return false;
  // A host name and its port (`virtual host \`s4-virtual:443\` → \`s4-app.corp.example:44300\``): a mapping, not a login.
  if (/^[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8}:[0-9]{2,5}$/.test(value)) return false;
  // A customer number as the login (`Customer login: 37706465 / X`): six digits or more, with a chosen-looking value.
  const numberLogin = /^[0-9]{6,12}$/.test(user) && strongLooking(value);
  if (COMMON_PAIR_WORDS.has(user.toLowerCase()) || (!numberLogin && (/^[0-9.:/-]+$/.test(user) || !/[A-Za-z(]/.test(user)))) return false;
  // Two record numbers (`RITM0044120 / REQ0031337`, `INC-4411 / CHG-0912`): a ticket and its parent, not a login.
  if (RECORD_NUMBER.test(user) && RECORD_NUMBER.test(value)) return false;
  // Two settings spelled with their separator (`bootstopkey=` / `bootdelaykey=`): alternatives named in prose, not a login.
  if (/[=:]$/.test(user) && /[=:]$/.test(value)) return false;
  // `db / user — password is in wp-config`: the line says where the password is, so the pair is a name and a user.
  if (PASSWORD_ELSEWHERE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80))) return false;
  // A longer list (`a / b / c`): the pair is part of an enumeration.
  const beforeUser = before.slice(0, m.index + m[0].indexOf(user));
  // `on host sapprd-ci / sapgw00`, `server db01 / db02`: the word before names a host, so the pair is two machines.
  if (/(?:^|[^\p{L}])(?:host|server|node|machine)[ \t]{1,3}$/iu.test(beforeUser)) return false;
  if (/\/[ \t]{0,3}[`*]{0,2}$/.test(beforeUser) && !/(?:login|user(?:name)?|id)[ \t]{0,2}\/[ \t]{0,2}(?:pass(?:word)?|pw|pwd)/i.test(beforeUser)) return false;
  if (/^[ \t]{1,3}\/[ \t]/.test(ctx.text.slice(ctx.end + (/[`*"]/.test(ctx.text.charAt(ctx.end)) ? 1 : 0), ctx.end + 6))) return false;
  const marked = /[`"]/.test(ctx.text.charAt(ctx.start - 1));
  const known = ADMIN_NAMES.has(user.replace(/^.*\\/, '').toLowerCase());
  // Code and versions on either side (`load()` / `loadAll()`, `v1.1.0 / npm@v1.1.0`).
  // A package's `@1.2` or `@v2` is a version; a company or word and a year joined by `@` (`Acme@2023`) is a password.
  if (/[()]/.test(user.replace(/^\(none\)$/i, '')) || /\w\(|^\.|@v\d|@\d+\.\d|^v?\d+(?:\.\d+)+/.test(value) || /^v?\d+(?:\.\d+)+/.test(user)) return false;
  // An e-mail address as the user (`dad@mail.example / X`) names a login on its own.
  const mailUser = /^[^@\s]{1,64}@[^@\s]{1,255}\.[A-Za-z]{2,}$/.test(user);
  // Letters only (an identifier or a word) only next to a default admin account, or chosen: words run together,
  // capitals inside (`KingfisherCaramelo`), after an e-mail address or on a line about logging in.
  // Small words run together may have their login word on a line just above (`Passwort: …` then `("anna" / X)`).
  const loginAbove = () => CREDENTIAL_CONTEXT.test(ctx.text.slice(Math.max(0, lineStart - 300), lineStart));
  if (
    /^[A-Za-z]+$/.test(value) &&
    !known &&
    !(lettersChosen(value) && (mailUser || CREDENTIAL_CONTEXT.test(before))) &&
    !(lowerRunChosen(value) && (mailUser || CREDENTIAL_CONTEXT.test(before) || BASIC_AUTH.test(before) || loginAbove()))
  )
    return false;
  // Letters naming a credential tool or concept (`user / PasswordManager`, `admin / SecretStore`, `root / KeyVault`): where
  // the password is kept or what it is, not the password.
  if (/^[A-Za-z]+$/.test(value) && CREDENTIAL_TOOL_WORD.test(value)) return false;
  // Host names (`NGC / build.nvidia.com`) and e-mail addresses are not passwords.
  // A host name's last label has no digit (`db01.internal`); `mateo.bella50` is a name and digits someone chose.
  if (/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.[a-z-]{1,63}$/.test(value)) return false;
  // A TLS cipher suite after its protocol version (curl -v: `TLSv1.3 / TLS_AES_256_GCM_SHA384`, `ECDHE-RSA-AES128-GCM-SHA256`).
  if (CIPHER_SUITE.test(value)) return false;
  // A config export in base64 JSON (`jf config export NAME -> eyJ…`) naming no secret field: a template's shape, not a login.
  const exported = /^eyJ[A-Za-z0-9+/_-]{8,}={0,2}$/.test(value) ? base64Json(value) : undefined;
  if (exported && !Object.keys(exported).some(namesASecret)) return false;
  // Settings strings on both sides (`"…;User ID=app;Password=…;" -> "Server=tcp:…;Database=…"`, a Terraform plan's
  // change of a connection string): a setting's old and new text, whose password part the connection-string rules read.
  if (/;["']?$/.test(user) && /^[A-Za-z][\w ]{0,30}=[^;\s]{1,200};/.test(value)) return false;
  // Context: the line or the two before it are about logging in, or the user is a default admin account.
  const context = ctx.text.slice(Math.max(0, lineStart - 300), lineStart) + before;
  if (!known && !mailUser && !CREDENTIAL_CONTEXT.test(context) && !BASIC_AUTH.test(before) && !(PAIR_PLACE_CONTEXT.test(context) && (strongLooking(value) || symbolMixedCase(value)))) return false;
  // Words run together after a login in small letters (`noc / <CapitalisedWords>`, `svc_looker / <small words run together>`):
  // chosen, where a capitalised word before the slash would make the pair two names (`Microsoft / GoogleWorkspace`).
  const chosenLetters =
    /^[A-Za-z]+$/.test(value) &&
    (value.match(/[A-Z]/g)?.length ?? 0) >= 2 &&
    /^[a-z0-9._+@-]{2,64}$/.test(user) &&
    !SIGN_IN_PROVIDER.test(user) &&
    !codeIdentifier(value) &&
    !PRODUCT_NAME.test(value.toLowerCase());
  // The same for small letters run together, after a login of small letters, digits and dots or an e-mail address.
  // The login may be quoted, alone or as a CSV export quotes a field (`"anna" / X`, `""body"":""svc_looker / X`).
  const login = user.replace(/["'”]{1,2}$/, '').replace(/^.*[":,'“]/, '');
  const lowerLetters = lowerRunChosen(value) && /^[a-z0-9._+@-]{2,64}$/i.test(login) && !SIGN_IN_PROVIDER.test(login.toLowerCase()) && !COMMON_PAIR_WORDS.has(value);
  return known || marked
    ? /[^A-Za-z]/.test(value) || !isWordLike(value) || known || lowerLetters
    : strongLooking(value) || /[0-9!@#$%^&*?]/.test(value) || chosenLetters || lowerLetters || symbolMixedCase(value);
}

/** A sign-in method in a password cell (`SSO Google`, `login via Okta`, `Google SSO`). */
const SIGN_IN_REMARK = /(?:^|[ \t(])(?:sso|saml|oauth2?|oidc|okta|ldap|entra|via|magic[ \t]link)(?:$|[ \t)])/i;

/** Plain text files a spreadsheet's rows are pasted into. */
const TSV_PASTE_PATH = /\.txt$/i;

/**
 * A header row of three or more cells opens the text (after a comment or a sheet title): rows copied out of a
 * spreadsheet (tab-separated) or a converter's export (`"Tool","URL","Login","PW"`, `app;relay;user;secret`). Comma and
 * semicolon headers must read as column names (short cells, no sentence).
 */
function tsvPaste(text: string): boolean {
  const { line: first } = csvHeaderLine(text);
  if (first.length > 400 || /^[ \t]/.test(first)) return false;
  if ((first.match(/\t/g)?.length ?? 0) >= 2) return true;
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const cells = csvCells(first, delimiter);
  return cells.length >= 3 && cells.every((c) => /^[\p{L}\p{N}][\p{L}\p{N} _.()/-]{0,30}$/u.test(c) && (c.match(/ /g)?.length ?? 0) <= 2);
}

export const proseRules: Rule[] = [
  {
    ...base,
    id: 'prose-csv-password',
    description: 'Password or token in a CSV column headed password / Passwort / token (password-manager and account exports)',
    // Unnamed text (a paste, an unsaved buffer) too: the header row and the row's cell count decide there.
    // A spreadsheet pasted into a text file (`accounts-from-excel.txt`) is a TSV too: its first line has tabs.
    appliesToPath: (path) => path === undefined || CSV_PATH.test(path) || TSV_PASTE_PATH.test(path),
    appliesToText: (text, path) => path === undefined || CSV_PATH.test(path) || tsvPaste(text),
    // The header's word wakes the rule; the rows below it may be far from it.
    keywords: [
      'password',
      'passwort',
      'kennwort',
      'passwd',
      'wachtwoord',
      'senha',
      'contrase',
      'mot de passe',
      'pwd',
      '_pw',
      '-pw',
      ' pw',
      // A cracking report's `cleartext` column (`samaccountname,nthash,cleartext,cracked`).
      'cleartext',
      // A bare `PW` column of an export (`"Login","PW"`, `login;pw;notes`).
      '"pw"',
      ',pw',
      ';pw',
      'pin',
      'token',
      'secret',
      'api_key',
      'apikey',
      'api key',
      'api-key',
      // A header's bare `Key` column (an API key register): the cells count when generated.
      ',key',
      ';key',
      '\tkey',
      // A settings export's value column (`plugin,name,value`): the row's name says what the value is.
      ',value',
      ';value',
      ...foldedKeywords(['şifre', 'Şifre']),
    ],
    pattern: /(?:^|(?<=[,;\t]))"?(?<secret>[^,;\t"\r\n]{1,128})"?(?=[,;\t\r\n]|$)/m,
    validate: (value, ctx) => {
      // The path gate is repeated here: a gate only saves work (test/unit/engine/detect/ruleGates.test.ts).
      if (ctx.path !== undefined && !CSV_PATH.test(ctx.path) && !(TSV_PASTE_PATH.test(ctx.path) && tsvPaste(ctx.text))) return false;
      const kind = csvCellKind(ctx);
      // Under a password or PIN column a run of digits is the code itself (a PIN, a numeric Wi-Fi key), not a count.
      if ((kind === 'password' || kind === 'pin') && /^[0-9]{4,16}$/.test(value) && !/^(\d)\1+$/.test(value)) return true;
      if (kind === 'pin') return false;
      // `see vault`, `in KeePass`: a remark in the cell, not a passphrase.
      // A single word (`Clover`) under the password column is the password, though prose would read it as a word;
      // not a refusal word (`geen`, `none`).
      if (kind === 'password' && isRefusalWord(value)) return false;
      // `SSO Google`, `via Okta`, `Google SSO`: the cell names how the account signs in, there is no password.
      if (kind === 'password' && /[ \t]/.test(value) && SIGN_IN_REMARK.test(value)) return false;
      if (kind === 'password' && passwordCellWord(value) && (!isStandIn(value) || capitalsCellWord(value))) return true;
      if (kind === 'password') return prosePassword(value.trim(), ctx) && value.trim() === value && !(/[ \t]/.test(value) && SENTENCE_WORDS.has(value.split(/[ \t]/)[0]!.toLowerCase()));
      // A bare `secret` column: a key, or a password that reads as one (one word, not a number or a remark).
      if (kind === 'secret') return isLiteralToken(value, 16) || (!/[\s()]/.test(value) && !/^[0-9]+$/.test(value) && !/^[A-Z]+$/.test(value) && !isRefusalWord(value) && prosePassword(value, ctx));
      return kind === 'token' && isLiteralToken(value, 16);
    },
    examples: {
      positives: (g) => [
        `name,url,username,password,note\nGrafana,https://grafana.int,viewer,${g.s(humanPassword(g))},\nRouter,http://192.168.1.1,admin,"${g.s(humanPassword(g))}",office\n`,
        `system;login;Passwort\nDATEV;kanzlei;${g.s(humanPassword(g))}\n`,
        `Kunde\tDienst\tBenutzer\tKennwort\tNotiz\nZahnarzt Berg\tRouter\tadmin\t${g.s(humanPassword(g))}\t\n`,
        `Klasse;Vorname;Benutzername;Startpasswort\n7b;Anna;7b-01@schule.example;${g.s(g.chars('abcdefghjkmnpqrstuvwxyz', 4) + g.chars('23456789', 4))}\n`,
        // The header after a comment or a converter's sheet title; an SNMP column's `public` is its value, no remark.
        `# which app sends through which relay (audit)\napp;relay;user;secret\nHR-Portal;smtp.example.net;hr@corp.example;${g.s(humanPassword(g))}\n`,
        `Sheet: Logins (exported with xlsx2csv)\n"Tool","URL","Login","PW","Owner"\n"Grafana","https://grafana.int","ops@corp.example","${g.s(humanPassword(g))}","Ana"\n`,
        `site;device;admin_user;admin_password;snmp_ro\nWest;SW-01;admin;${g.s(humanPassword(g))};public\n`,
        `samaccountname,nthash,cleartext,cracked,group\na.doe,${g.hex(32)},${g.s(humanPassword(g))},yes,Finance\nb.roe,${g.hex(32)},-,no,Finance\n`,
        // An ERP user import's camel-case column (rw-dev24).
        `UserName;FullName;Plant;Role;InitialPassword;MustChange\njkowalczyk;Jan Kowalczyk;PL01;Z_WH_OPERATOR;${g.s(humanPassword(g))};X\n`,
        // Bulk-import templates note each column in brackets (Google Admin; Entra with its version row first).
        `First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required]\nAnna,Berg,anna@pupils.example.school,${g.s(g.chars('abcdefghjkmnpqrstuvwxyz', 5) + g.chars('23456789', 3))},,/Pupils\n`,
        `plugin,name,value\nauth_ldap,bind_dn,CN=svc-moodle,OU=Service,DC=example\nauth_ldap,bind_pw,${g.s(humanPassword(g))}\nmessage_airnotifier,airnotifieraccesskey,${g.s(g.hex(32))}\n`,
        `version:v1.0,,,\nName [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required\nAnna Berg,anna@example.fi,${g.s(humanPassword(g))},No\n`,
      ],
      negatives: (g) => [
        `name,url,username,password,note\nWiki,https://wiki.int,,,SSO only\nVPN,https://vpn.int,jdoe,********,\nMail,https://mail.int,jdoe,<see vault>,\n`,
        `user,password_hash\nalice,${g.hex(64)}\n`,
        // The sign-in method in the password cell (rw-dev23).
        `Tool,URL,User,Password,Owner\nHotjar,https://insights.hotjar.example,ux@brand.example,SSO Google,Pablo\nMiro,https://miro.example,ux@brand.example,via Okta,Ana\n`,
        `id,token,count\n1,the,42\n2,password,7\n`,
        `field,description\npassword,the user's password\n`,
        `Klasse;Vorname;Passwortwechsel\n7b;Anna;${g.chars('abcdefghjkmnpqrstuvwxyz', 4) + g.chars('23456789', 4)}\n`,
        // A row that names its hash function holds a digest; a yes/no column about a password is no password column.
        `First Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required]\nCover,cover@example.school,${g.hex(40)},SHA-1,/Staff\n`,
        `name,email,Password Required,role\nAnna,anna@example.org,Yes,teacher\n`,
        // A settings export's rows that name no secret, or a secret's setting masked or empty.
        `plugin,name,value\nlocal_o365,clientid,${g.uuid()}\ncore,siteidentifier,${g.alnum(32)}learn.example.school\ncore,smtppass,********\nauth_ldap,bind_pw,\ncore,passwordpolicy,1\n`,
        // A hotel folio export: the payment processor's card token stands for the card.
        `folio_no,room,guest,total,payment,card_token,auth_code\n${g.digits(7)},412,"Dupont, Marie",612.40,VISA,${g.digits(4) + g.alnum(12)},${g.digits(6)}\n`,
        // A comment above the header is no row; a row that says it is public still holds no secret.
        `# password,${humanPassword(g)},see vault\nname,url,username,password\nWiki,https://wiki.int,jdoe,\n`,
        `service;client;password;visibility\nsso;web;${humanPassword(g)};public\n`,
        // ASP.NET Membership's camel-case columns: the salt and the format are no passwords.
        `UserName,PasswordFormat,Password,PasswordSalt,IsLockedOut\njdoe,1,${g.base64(28)},${g.base64(24)},False\n`,
        // Under a bare `secret` column: an id's digits, a remark, a state word.
        `system,account,secret,notes\ngithub,deploy key id,${g.digits(8)},public part on repo\nvault,root,(in HSM),\nold,none,REVOKED,\n`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-labelled-password',
    description: 'Password or token written after a label in prose (Password: …, PW: …, the password is …, Passwort: …)',
    keywords: [...new Set([...ASCII_PASSWORD_LABELS, ...TOKEN_LABELS].map((l) => l.split(' ')[0]!.replace(/-.*/, '')).filter((k) => k.length >= 3)), 'pw:', 'pw ', 'pw=', 'psk'],
    keywordWindow: { before: 16, after: 220 },
    // The match starts at its label, or at most 25 letters before a compound's `passwort` (below).
    matchStarts: [
      { words: [...ASCII_PASSWORD_LABELS, ...TOKEN_LABELS].flatMap(blankVariants), before: 0 },
      { words: ['passwort', 'kennwort', 'wachtwoord'], before: 25 },
      // A compound's first word and hyphen before a token label (`Webhook-Secret:`).
      { words: TOKEN_LABELS.flatMap(blankVariants), before: 25 },
    ],
    // German and Dutch compounds name the password too (`Initialkennwort`, `Datenbank-Passwort`).
    pattern: new RegExp(
      `(?:(?<![${LETTER}\\-.$@:/=?&#])|(?<=(?:^|\\n)[ \\t]{0,8}:))(?<key>(?:[A-Za-zäöüÄÖÜß]{2,24}-?)?(?:passwort|kennwort|wachtwoord)|(?:[A-Za-zäöüÄÖÜß][A-Za-z0-9äöüÄÖÜß]{1,23}-)?(?:${tokenLabels})(?![${LETTER}])|${asciiLabels})(?![${LETTER}])${QUALIFIER}${SEPARATOR}${OPEN}(?<secret>${APP_PASSWORD}|${VALUE})`,
      'i',
    ),
    validate: validateLabelled,
    examples: {
      positives: (g) => [
        `Username: ${who(g)}\nPassword for the staging admin: ${g.s(humanPassword(g))}\n`,
        `The password for the staging DB is ${g.s(humanPassword(g))}.`,
        // Danish `administratorkode` (rw-dev22).
        `Administratorkode til terminalen (refusion, dagsafslutning): ${g.s(`${g.upper(1)}${g.lower(6)}${g.digits(3)}*`)}`,
        `Lesezugriff: Benutzer \`reader\`, das Passwort lautet ${g.s(humanPassword(g))}`,
        `Le mot de passe est ${g.s(humanPassword(g))}`,
        `a senha do certificado é ${g.s(humanPassword(g))}.`,
        `Het wachtwoord van de test-API is ${g.s(humanPassword(g))}.`,
        // The login is what the password is for, not the value's name (rw-dev23).
        `- Tijdelijk wachtwoord voor je eerste login: ${g.s(`${g.lower(3)}${g.digits(2)}${g.lower(3)}${g.digits(3)}`)} – je moet dit meteen wijzigen.`,
        `Das Initialkennwort für das Zeiterfassungssystem ist\n\`${g.s(humanPassword(g))}\` und muss geändert werden.`,
        `- **Backup server:** veeam-svc, the pwd is ${g.s(humanPassword(g))}`,
        `- Staging Postgres was rebuilt. Ivan set the owner password to ${g.s(humanPassword(g))} for now.`,
        `// temporary: password is ${g.s(humanPassword(g))} until the vault migration`,
        `Guest Wi-Fi "Acme-Guest", key: ${g.s(passphrase(g))}`,
        `also the new pagerduty integration key is ${g.s(g.hex(32))} if someone sets up the route`,
        `{"text": "pw: ${g.s(humanPassword(g))}\\nplease don't paste it anywhere else"}`,
        `短信平台 AppSecret：${g.s(g.hex(32))}`,
        `[10:13] marco: if you need to query it directly the key is ${g.s(g.alnum(32))}`,
      ],
      negatives: (g) => [
        '// var pw = builder.Configuration["Smtp:Password"];',
        `ALTER USER legacy WITH ENCRYPTED PASSWORD 'SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}';`,
        '    //nas/public  /mnt/public  cifs  guest,password=,vers=3.0  0 0',
        'Password: must be at least 12 characters long.',
        'Enter your password: ',
        'The password is stored in Vault under secret/ops/db.',
        'password: ********',
        'Password: <your password>',
        'Passwort: siehe KeePass',
        // A compound whose ending is shared, not a value.
        'Das Kennwort ist Groß- und Kleinschreibungsabhängig',
        'The password is upper- and lower-case sensitive.',
        // A Remote Desktop file's saved password: a DPAPI blob in hex (rw-dev20).
        `full address:s:${g.digits(2)}.0.0.5\nusername:s:OT\\vendor\npassword 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB${g.hex(240).toUpperCase()}\n`,
        `password 51:b:${g.hex(320).toUpperCase()}\n`,
        // A question about the password (rw-dev19).
        '[09:12] Giulia: Ragazzi, la password del NAS della regia è cambiata?',
        '"password": "Passwort",',
        `const options = { password: '${humanPassword(g)}', user: 'x' };`,
        'Forgot your password? Reset it here.',
        '--password: the password of the account',
        'The token is valid for one hour.',
        'Use the password to access the staging server.',
        'We set the password to expire after 90 days.',
        'Changed the password to the new policy format.',
        'Change the password of the account it decodes to (user:password) at the service it was sent to.',
        `api key: ${g.lower(8)}`,
        'Wi-Fi: Acme-Guest (ask reception for the key)',
        'key: value',
        'pw: none',
        // One word alone after the label that says something about the password (proseWordPassword.ts).
        'Password: REDACTED',
        // The account's state, not its password (rw-dev26, rw-dev24).
        "le mot de passe de l'ancien compte (********) est désactivé",
        'Passwort: deaktiviert',
        'The password is configurable.',
        'Password: (see 1Password)',
        `2026-11-28T09:14:20.0102011Z   key: pip-Linux-x64-${g.hex(64)}`,
        `Server public key: \`${g.base64(43)}=\`, endpoint \`vpn-fra.example.net:51820\`.`,
        // An id of the password, not the password (rw-dev23).
        `# application password uuid: ${g.uuid()}`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-labelled-password-intl',
    description: 'Password or token after a label in a language written outside ASCII (Пароль: …, 密码：…, パスワード: …, hasło: …)',
    // The prefilter folds every code unit into ASCII (`& 127`): these keywords are the labels folded the same way.
    keywords: foldedKeywords([...INTL_PASSWORD_LABELS, ...INTL_TOKEN_LABELS]),
    keywordWindow: { before: 16, after: 220 },
    pattern: new RegExp(`(?<![${LETTER}])(?<key>${intlLabels})${QUALIFIER}${SEPARATOR}${OPEN}(?<secret>${VALUE})`, 'i'),
    // The label itself: most windows are flagged by a folded keyword (`_ifre` for `şifre`) that no label spells.
    windowNeeds: new RegExp(intlLabels, 'i'),
    validate: validateLabelled,
    examples: {
      positives: (g) => [
        // A full-width bracket after the value opens a remark; Norwegian `er` (rw-dev20).
        `- BMS 网页调试密码：${g.s(humanPassword(g))}（厂家默认已修改）`,
        `・遠隔監視用 VPN のパスワード：${g.s(humanPassword(g))}（訪問後に変更予定）`,
        `Den nye API-nøkkelen er ${g.s(g.hex(40))} og den gamle slutter å virke 1. april.`,
        `Пароль администратора Jenkins: ${g.s(humanPassword(g))}`,
        `Redis 密码：${g.s(humanPassword(g))}`,
        `- パスワード：${g.s(humanPassword(g))}`,
        // Japanese corner brackets around the value (rw-dev5, rw-dev7).
        `- 検証環境のDB（ユーザー名 dev）パスワード：「${g.s(humanPassword(g))}」`,
        `Hasło do bazy testowej: ${g.s(humanPassword(g))}`,
        // Polish `to` is a copula (rw-dev18).
        `[11.03.2025 19:09] Ola: dodane. GOTV hasło to ${g.s(humanPassword(g))} dla castera`,
        `Sunucu şifresi: ${g.s(humanPassword(g))}`,
        `La contraseña del FTP sigue siendo la misma: ${g.s(humanPassword(g))}`,
        `李娜 09:41：微信支付商户平台的API密钥：${g.s(g.alnum(32))}，别外传`,
        `- लाइव स्ट्रीम सर्वर (SRT) का \u092a\u093e\u0938\u092b\u093c\u094d\u0930\u0947\u091c\u093c: ${g.s(g.alnum(18))}`,
        // A loanword before `key` (rw-dev9).
        `- 決済API シークレットキー：${g.s(`${g.upper(1)}${g.base64(31)}`)}`,
        `[14:10] 민수: 푸시 알림 서버 키 새로 발급했어요 → ${g.s(g.alnum(32))}`,
      ],
      negatives: (g) => [
        'Пароль: должен содержать не менее 8 символов',
        '密码：请联系管理员',
        'パスワード: ********',
        '"contraseña": "Contraseña",',
        'Введите пароль:',
        'Hasło to podstawa bezpieczeństwa.',
        `[10:05] 이수진: API 키는 ${g.hex(32)}, 공개키라 괜찮아요`,
        '- トークン：各自のIAMユーザーで発行してください',
        '- アクセスキー：各自のIAMユーザーで発行してください',
        'パスワード：「8文字以上」',
        'パスワードは「Password」です',
      ],
    },
  },
  {
    ...base,
    // Also `login / pass: USER / PASSWORD` (the pair after the labels).
    id: 'prose-credential-pair',
    description: 'user / password pair written in prose (admin / …, CORP\\svc / `…`)',
    // `admin // X`, `root => X`, `svc-kafka :: X`, `redis -> X`: the other separators of a scratch note.
    keywords: [' / ', ' // ', ' => ', ' -> ', ' :: ', ...foldedKeywords([' → '])],
    keywordWindow: { before: 90, after: 150 },
    pattern: new RegExp(`(?<=[^\\s/][\`*]{0,2}[ \\t]{1,3})(?:\\/{1,2}|=>|->|::|→)[ \\t]{1,3}(?:\\*\\*|[\`"])?(?<secret>${VALUE})`),
    validate: validatePair,
    examples: {
      positives: (g) => [
        `- **Firewall (OPNsense):** root / \`${g.s(humanPassword(g))}\``,
        `Switch (Netgear GS724T): admin / ${g.s(humanPassword(g))}`,
        // A generated password opening with a dash (rw-dev26).
        `- [x] Base de datos: sa / ${g.s(`-${g.lower(1)}!${g.upper(1)}${g.digits(1)}${g.upper(1)}${g.digits(1)}*${g.upper(1)}${g.lower(1)}${g.upper(1)}${g.lower(4)}${g.digits(1)}`)}`,
        `- Website hosting FTP login: acmeweb / ${g.s(humanPassword(g))}`,
        `The demo instance now uses \`demo\` / \`${g.s(humanPassword(g))}\`, rotated monthly.`,
        `- aws root account: finance@acme.example / ${g.s(humanPassword(g))} (MFA on Linda's phone)`,
        `  login / pass : acme.purchasing / ${g.s(humanPassword(g))}`,
        `Router: http://192.168.178.1  login / pass: (none) / ${g.s(humanPassword(g))}`,
        `> **Rex**: panel login: admin // ${g.s(humanPassword(g))}`,
        `staging mongo  => root => ${g.s(humanPassword(g))}`,
        `kafka sasl login :: svc-kafka :: ${g.s(humanPassword(g))}`,
        `- Hanna: the new read-only Grafana viewer login for the NOC screen is noc / ${g.s(`${g.pick(['Botanical', 'Kingfisher'])}${g.pick(['Pickle', 'Lantern'])}`)}`,
        // Turkish `kullanıcı` (user) says the pair is a login (rw-dev19).
        `* Kapı kilit sistemi (Vingcard Vision) servis kullanıcısı: vision / ${g.s(humanPassword(g))}`,
        // The site's administrator account; a generated value without digits at a database (rw-dev18, rw-dev16).
        `- Primary site administrator: \`siteadmin\` / \`${g.s(`${g.digits(1)}${g.lower(3)}!${g.upper(2)}${g.lower(1)}${g.digits(1)}${g.lower(1)}%${g.lower(4)}`)}\` (created in Manager)`,
        `- baza MySQL: sklepik_presta / ${g.s(`${g.lower(1)}${g.upper(2)}${g.lower(3)}-${g.upper(1)}${g.lower(2)}${g.upper(3)}-${g.upper(1)}${g.lower(1)}${g.upper(1)}${g.lower(2)}${g.upper(1)}`)}`,
        // Small words run together after a login: on a login's line, after Basic auth, under a login line (rw-dev6,
        // rw-dev12).
        `Looker service account: svc_looker / ${g.s(smallWordsRunTogether(g))}`,
        `| staging | https://staging.orders.example | basic auth \`team\` / \`${g.s(smallWordsRunTogether(g))}\` |`,
        `Zugang Redaktion (Login unten)\n  (Redakteurin: "anna" / ${g.s(smallWordsRunTogether(g))})`,
      ],
      negatives: (g) => [
        // Flags after a slash: no symbol a generated password carries, or no capital.
        '| JVM | heap / -Xmx512m |',
        'run: ls -la / -rf',
        'build: make / -j8 -k!',
        'Supports read / write access and TCP / UDP.',
        'Environments: dev / qa / prod',
        `Ratio 3 / 4 of the ${g.lower(5)} pool`,
        'Use input / output redirection.',
        'cd src / lib',
        'The login flow: user => session => token',
        // A host mapped to a host and port (SAP Cloud Connector notes, rw-dev24).
        '5. Backend mapping: virtual host `s4-virtual:443` → `s4-app.corp.example:44300`, principal type X.509.\n',
        'Login mapping: admin -> Administrator',
        'user login: auth::LoginService :: handle2()',
        'see the login docs // TODO2 later',
        "Enter host password for user 'deploy':\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384",
        "Enter host password for user 'deploy':\n* SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256",
        'The admin / user roles differ.',
        'Login with github / GoogleWorkspace',
        // A password manager or a credential concept named after a user (the password is kept there).
        'Login: user / PasswordManager',
        'Shared accounts: admin / KeePass',
        'Sign in via sso / ActiveDirectory',
        // The tail of a question naming two tools (rw-dev19).
        '[10:06] Lucía: ¿y la contraseña de Audacity Cloud / Riverside?',
        // Two products named at an administrator or a database, capitals inside but no password's shape.
        'Site administrator: Microsoft / Azure-ActiveDirectory',
        'MySQL backups: nightly / Point-In-Time',
        ' LOCATION    SAP-Gateway on host sapprd-ci / sapgw00',
        'and/or',
        "The console password's settings (`bootstopkey=` / `bootdelaykey=` in U-Boot's environment)",
        `# export for the other agents (base64 server config, contains the credentials!)\n# jf config export ci${g.digits(2)}  ->  ${btoa(`{"version":2,"url":"<url>","user":"<user>"}`)}`,
        // One long word of a sentence, a sign-in provider, or no login anywhere near: no password after the slash.
        'Login flow: session / authentication',
        'User accounts: reporting / troubleshooting',
        'Sign in with github / pelicanmarmalade',
        'Teams: platform / walnutmeadowotter',
      ],
    },
  },
  {
    ...base,
    id: 'prose-admin-colon-password',
    description: 'Default admin account with its password written as admin:password in prose',
    keywords: [...ADMIN_NAMES].filter((n) => n.length >= 2).map((n) => `${n}:`),
    keywordWindow: { before: 16, after: 140 },
    pattern: new RegExp(`(?<![\\w@./\\-])(?<key>${[...ADMIN_NAMES].join('|')}):(?<secret>${VALUE})`, 'i'),
    // A third field after another colon (`admin:<realm>:<pw>`, the input of an HTTP digest's HA1; a passwd line): the
    // value is the realm or a field, not the password. A value running into a placeholder (`admin:shellyplus1-<mac>:…`,
    // the realm of a device's digest written as a template, rw-dev17) is a template's fixed part.
    validate: (value, ctx) =>
      proseApplies(ctx) &&
      prosePassword(value, ctx) &&
      !/^[0-9]|[:/]/.test(value) &&
      ctx.text.charAt(ctx.end) !== ':' &&
      ctx.text.charAt(ctx.end) !== '<' &&
      (strongLooking(value) || /[`"]/.test(ctx.text.charAt(ctx.start - 1))),
    examples: {
      positives: (g) => [
        `<jdoe> and the NAS web ui is admin:${g.s(humanPassword(g))} if you need to reboot it`,
        `The printer's config page is at http://10.1.2.40 (login admin:${g.s(humanPassword(g))}), please don't change the tray settings.`,
      ],
      negatives: () => ['root:x:0:0:root:/root:/bin/bash', 'admin:admin', 'user:password', 'postgres:5432', 'Admin: see the wiki', '# ha1 = sha256("admin:shellyplus1-<mac>:<password>")'],
    },
  },
  {
    ...base,
    id: 'prose-login-as-with',
    description: 'Password after the account it opens in a sentence: "log in as support with X", "sign in as admin / X"',
    keywords: ['log in as', 'login as', 'logged in as', 'sign in as', 'signin as', 'signed in as'],
    keywordWindow: { before: 8, after: 200 },
    pattern: new RegExp(
      `(?<![${LETTER}])(?:log(?:ged)?[ \t]?in|sign(?:ed)?[ \t]?in)[ \t]{1,2}as[ \t]{1,2}(?:\\*\\*|[\`"'“])?[^\\s\`"'”*]{1,64}(?:\\*\\*|[\`"'”])?[ \t]{1,2}(?:with|using|and|\\/)[ \t]{1,2}(?:(?:the[ \t]{1,2})?(?:password|passwd|pw|pass)[ \t]{1,2})?(?:\\*\\*|[\`"'“])?(?<secret>${VALUE})`,
      'i',
    ),
    validate: (value, ctx) => {
      if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
      const marked = /[`"'“*]/.test(ctx.text.charAt(ctx.start - 1));
      // The value ends the phrase (`… with X (yes, still).`, `… with X, then …`), as a password would.
      const rest = ctx.text.slice(ctx.end, ctx.end + 8).replace(/^[`"'”*]{1,2}/, '');
      const ends = /^[ \t]{0,3}(?:$|[\r\n().,;!?]|[-–—][ \t])/.test(rest);
      return ends && prosePassword(value, ctx) && /[^A-Za-z]/.test(value) && !/\w\(|^[-$%{<]/.test(value) && (marked || strongLooking(value));
    },
    examples: {
      positives: (g) => [
        `For the old CRM, log in as **support** with ${g.s(humanPassword(g))} (yes, still).`,
        `Logged in as deploy using \`${g.s(humanPassword(g))}\`, then ran the migration.`,
        `Then log in as root with password ${g.s(humanPassword(g))}.`,
      ],
      negatives: (g) => [
        'Log in as admin with your SSO account.',
        'Log in as root with sudo -i, then restart the service.',
        'Sign in as the service user with the password from the vault.',
        `Log in as admin with \${${g.upper(8)}}.`,
        'Log in as admin using 2FA.',
        'Logged in as deploy with key ~/.ssh/id_ed25519.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-use-as-password',
    description: 'Password named by the sentence around it: "use X as the password", "with X as your passphrase"',
    keywords: [
      'as the password',
      'as password',
      'as your password',
      'as the passphrase',
      'as your passphrase',
      'as the pass',
      'as their password',
      'as his password',
      'as her password',
      'as our password',
      'as my password',
    ],
    keywordWindow: { before: 150, after: 40 },
    pattern: new RegExp(
      `(?<![${LETTER}])(?:use|using|with|enter|type|set|share|shares|chose|choose|picked|pick)[ \t]{1,2}(?:\\*\\*|[\`"'“])?(?<secret>${VALUE})(?:\\*\\*|[\`"'”])?[ \t]{1,2}as[ \t]{1,2}(?:(?:the|your|a|their|his|her|our|my)[ \t]{1,2})?(?:new[ \t]{1,2})?(?:password|passphrase|pass)(?![${LETTER}])`,
      'i',
    ),
    validate: (value, ctx) => {
      if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
      const marked = /[`"'“*]/.test(ctx.text.charAt(ctx.start - 1));
      return prosePassword(value, ctx) && /[^A-Za-z]/.test(value) && !/\w\(|^[-$%{<]/.test(value) && (marked || strongLooking(value));
    },
    examples: {
      positives: (g) => [
        `Use ${g.s(humanPassword(g))} as the password for the kiosk user; it auto-logs in anyway.`,
        `Log in with \`${g.s(humanPassword(g))}\` as your password the first time.`,
        `Then enter ${g.s(passphrase(g))} as the passphrase when the key asks for one.`,
        // Users given one value (rw-dev5).
        `Demo org created. The seeded users all share ${g.s(humanPassword(g))} as their password so sales can switch between them.`,
      ],
      negatives: (g) => [
        'Use the value from 1Password as the password.',
        'Use your email as the password hint.',
        `Use \${${g.upper(8)}} as the password.`,
        'Use bcrypt as the password hash.',
        'We use argon2id as password hashing.',
        'Use the generated one as your password.',
        'The services all share the same secret as their password.',
        'Most users pick their birthday as their password.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-inline-password',
    description: 'Password written right after the word password in prose, with no colon (user acme pass …, senha …)',
    keywords: [
      'password',
      'passwort',
      'kennwort',
      'pass ',
      'pw ',
      'pwd ',
      'psk ',
      'passphrase',
      'senha',
      'wachtwoord',
      'contrase',
      'mot de passe',
      'key ',
      'api key',
      'seed',
      'secret ',
      'haslo',
      'heslo',
      'losenord',
      'parola',
      'sandi',
      'lozinka',
      'geslo',
      'passord',
      'adgangskode',
      'salasana',
      'mdp ',
      'clave',
      ...foldedKeywords(['hasło', 'lösenord', 'şifre', 'Şifre', 'пароль', 'Пароль', 'κωδικός', 'Κωδικός', 'jelszó', 'पासवर्ड']),
    ],
    // A German or Dutch compound's own word (`Initialpasswort`, `Startkennwort`) starts up to 25 letters before the keyword.
    keywordWindow: { before: 30, after: 160 },
    pattern: new RegExp(
      `(?<![${LETTER}\\-.$@])(?<key>password|(?:[A-Za-zäöüÄÖÜß]{2,24}-?)?(?:passwort|kennwort|wachtwoord)|passwd|passphrase|passcode|pass|pwd|pw|psk|senha|wachtwoord|hasło|haslo|heslo|lösenord|contraseña|contrasena|mot de passe|şifresi|şifre|parolası|parola|пароль|κωδικός|kata sandi|sandi|lozinka|geslo|passord|adgangskode|salasana|jelszó|mdp|clave|पासवर्ड|wi-?fi key|key|api key|api token|token|totp seed|otp seed|totp secret|(?:shared|signing|webhook|client)[ \\t]secret)[ \\t]{1,2}(?:\\*\\*|[\`"'“])?(?<secret>${VALUE})`,
      'i',
    ),
    validate: (value, ctx) => {
      if (!proseApplies(ctx) || looksLikeCode(ctx) || labelIsQuotedKey(ctx)) return false;
      // A compound (`Initialpasswort`) is read as its password word.
      const label = (ctx.keyName ?? '').toLowerCase().replace(/^[a-zäöüß]{2,24}-?(?=(?:passwort|kennwort|wachtwoord)$)/, '');
      const marked = /[`"'“]/.test(ctx.text.charAt(ctx.start - 1));
      const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
      const at = ctx.text.lastIndexOf(ctx.keyName ?? '', ctx.start);
      const before = line.slice(0, Math.max(0, at - lineStart));
      if (/token|api key|seed|secret/.test(label)) return isLiteralToken(value, 20) && /(?:^|[\s,(])(?:the|new|an?|our|its|my)?[ \t]{0,2}$/i.test(before.slice(-12)) && !continuesSentence(value, ctx);
      if (label === 'key' && !/wi-?fi|wlan|ssid|wpa|wireless/i.test(line)) return false;
      // And the value ends the phrase: the line ends, or punctuation or a parenthesis follows (`(contraseña "X")`).
      const rest = ctx.text.slice(ctx.end, ctx.end + 8).replace(/^[`"'”*]{1,2}/, '');
      const ends = /^[ \t]{0,3}(?:$|[\r\n().,;!?]|[-–—][ \t])/.test(rest);
      // Given with its user in the same breath (`user apc, password <WORD>`, `admin is "builder", password <word2>.`):
      // a word or letters with digits are enough, as in a login handed over.
      if (ends && givenWithUser(before, label) && chosenWord(value)) return true;
      // A parenthesis opening the value is a reference the sentence gives (`the SMTP password (27cd28e)`: a commit, a ticket).
      // Letters only count when they read as chosen (words run together, in small letters or capitalised).
      const letters = !/[^A-Za-z]/.test(value);
      if (!prosePassword(value, ctx) || /^[-([]/.test(value) || /\w\(/.test(value) || (letters && !letterPassword(value))) return false;
      // `pass` and `pw` are verbs and abbreviations too: only right after a user name (`user acme pass X`, `svc, pw X`).
      if (/^(?:pass|pw|pwd)$/.test(label) && !/(?:(?:user|username|login|utente|usuario|benutzer)[ \t:=]{1,3}[^\s,]{1,64},?[ \t]{1,3}|[A-Za-z0-9_.\\-]{2,64}[`"']?,[ \t]{1,3})$/i.test(before)) return false;
      // Written as a value: quoted or marked as code, or right after a user name, a comma or the line start.
      const placed =
        marked ||
        // After a chat message's head (`Femke Bakker  11:07  wachtwoord X`).
        isLinePrefix(before) ||
        /(?:^[ \t]{0,8}(?:[-*•][ \t]{1,3})?|[,;(/][ \t]{0,3}|(?:user|username|login|utente|usuario|usuário|benutzer|utilisateur|account|kullanıcı(?:[ \t]adı)?|użytkownik|логин|пользователь)[ \t:=]{1,3}[^\s,]{1,64},?[ \t]{1,3}(?:(?:and|und|et|y|e|i|en|ve)[ \t]{1,3})?|(?:smtp|db|database|sudo|admin|root|wifi|wi-fi|ftp|vpn|sftp)[ \t]{1,3})$/i.test(
          before,
        );
      // A quoted value that looks chosen may go on in the sentence (`hasło "X" przestało działać`).
      const closed = marked && /^["'”`]/.test(ctx.text.charAt(ctx.end)) && strongLooking(value);
      // A full password word opening the line (after a quote mark or a chat head) with the value ending it
      // (`>>> password anna2077`): letters with digits are enough.
      const opensLine = isLinePrefix(before) && /^(?:password|passwort|kennwort|passwd|senha|wachtwoord|contraseña|mot de passe|hasło|haslo)$/.test(label);
      if (opensLine && /^[ \t]{0,3}(?:\r?\n|$)/.test(rest) && value.length >= 6 && /[A-Za-z]/.test(value) && /[0-9]/.test(value) && !/^v?[0-9]+(?:\.[0-9]+)+/i.test(value)) return true;
      return placed && (ends || closed) && (marked || strongLooking(value) || letters);
    },
    examples: {
      positives: (g) => [
        `Creds for the vendor sandbox: user acme_qa pass ${g.s(humanPassword(g))}`,
        `[IT] Accesso VPN: utente vpn_milano, password ${g.s(humanPassword(g))}`,
        `login: 12345678000190 / senha ${g.s(passphrase(g))}`,
        `- the same commit also had the staging SMTP password \`${g.s(humanPassword(g))}\` (rotated)`,
        `fyi the wifi in the server room is "ops-5g", key ${g.s(passphrase(g))}`,
        `* Correo compartido: soporte@ejemplo.es (contraseña "${g.s(humanPassword(g))}")`,
        `Demo tenant: user \`demo@example.test\`, pass \`${g.s(humanPassword(g))}\``,
        `3) UPS network card: user apc, password ${g.s(g.pick(['ROCKET', 'otter', 'Pelican']))}`,
        `- Servidor de vídeo: acessar com usuário video e senha ${g.s(`${g.lower(7)}${g.digits(3)}`)}`,
        `- Teleradiologie-Portal: Benutzer tele_kvogel, Initialpasswort ${g.s(humanPassword(g))} (beim ersten Login ändern)`,
      ],
      negatives: (g) => [
        'Reset your password using the link below.',
        'The password reset token expires after 1 hour.',
        `pass ${g.alnum(3)} to the function`,
        'Use the key ${KEY} for signing.',
        'The password field is required.',
        'passwords are hashed with bcrypt2 before storage',
        'password Manager2 integration',
        'Demo tenant: user `demo@example.test`, pass `--verbose` to see more',
        'Log in as user admin, password required.',
        'Benutzer anlegen, Initialpasswort vergeben und beim ersten Login ändern lassen.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-table-password',
    description: 'Password or token in a Markdown or HTML table column headed Password / Passwort / 密码 / Token',
    // `\n||` opens a wiki-markup header row (`||Host||Password||`) at a line start, never code's `a || b`.
    // `\n! ` opens a MediaWiki header row, `|===` an AsciiDoc table.
    // `\n^ ` a DokuWiki header row, `+==` the header border of a reStructuredText grid table.
    keywords: ['|--', '|:-', '| -', '| :', '--|', '-:|', '<td', '\n||', '\n! ', '|===', '\n^ ', '+==', '# format:', '# columns:', '# fields:'],
    // The cell's opening `|` is part of the match (not a look-behind): V8 then skips to the next `|` or `<` instead of
    // trying the look-behind at every position of the text (the same cells, 3x faster on the tree's tables).
    pattern: new RegExp(
      `(?:\\|[ \\t]{0,8}|<td(?:[ \\t][^<>\\n]{0,160})?>[ \\t]{0,4}(?:<code>)?)(?:\\*\\*|\`)?(?<secret>[^\\s"'\`\\\\<>|]{1,128})(?:\\*\\*|\`)?(?:[ \\t]{0,48}(?=\\|)|(?:<\\/code>)?[ \\t]{0,4}<\\/td>|[ \\t]{0,8}(?=\\r?\\n|$))`,
      'i',
    ),
    validate: (value, ctx) => {
      if (!proseApplies(ctx)) return false;
      const kind = ctx.text.charAt(ctx.start - 1) === '>' || /<td|<code>/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) ? htmlCellKind(ctx) : markdownCellKind(ctx);
      // A refusal word in the cell (`geen`, `none`, `keine`) says there is no password.
      if (kind === 'password' && isRefusalWord(value)) return false;
      // A hex digest in a loot table's secret column with the row saying so (`… | hash only`): the hash, not the password.
      if (kind === 'password' && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value) && /\bhash/i.test(ctx.text.slice(ctx.end, lineEndNear(ctx.text, ctx.end, ctx.end + 200)))) return false;
      // A word or a run of digits (`SESAME`, `618637`) under the password column is the password itself.
      if (kind === 'password' && passwordCellWord(value) && (!isStandIn(value) || capitalsCellWord(value)) && !isHeaderRowAt(ctx.text, ctx.end)) return true;
      // A word of letters in the header row (`| Parolă | Observații |`, read as a key/value pair): the next column's name.
      if (kind === 'password' && /^\p{L}+$/u.test(value) && isHeaderRowAt(ctx.text, ctx.end)) return false;
      if (kind === 'password') return prosePassword(value, ctx) && !/^[-—–]$|^n\/a$/i.test(value);
      // Under a bare `Key` header only a generated value of 20 or more: shorter ones are key ids.
      if (kind === 'key') return isLiteralToken(value, 20);
      return kind === 'token' && isLiteralToken(value, 16);
    },
    examples: {
      positives: (g) => [
        `| Environment | URL | Admin user | Admin password | Notes |\n|---|---|---|---|---|\n| dev | https://dev.example.io | admin | ${g.s(humanPassword(g))} | reset nightly |\n| qa | https://qa.example.io | qa-admin | \`${g.s(humanPassword(g))}\` | |\n`,
        `| 服务 | 地址 | 用户 | 密码 |\n| --- | --- | --- | --- |\n| 数据库 | 10.8.1.30 | root | ${g.s(humanPassword(g))} |\n`,
        `h2. Hosts\n\n||Environment||Host||User||Password||\n|DEV|dev-app01|deploy|${g.s(humanPassword(g))}|\n`,
        `<table><tbody><tr><th class="confluenceTh">Tool</th><th class="confluenceTh">Login</th><th class="confluenceTh">Password</th></tr>\n<tr><td class="confluenceTd">Canva</td><td class="confluenceTd">marketing@acme.example</td><td class="confluenceTd">${g.s(humanPassword(g))}</td></tr></tbody></table>`,
        // A `Secret` column beside a `Login` column holds that login's password.
        `| Name | Host | Login | Secret |\n|:-----|------|-------|--------|\n| orders | pg-orders.int | \`orders_app\` | \`${g.s(humanPassword(g))}\` |\n`,
        // A loot file: pipe-less rows padded to align, under a comment naming the columns.
        `# format: source | user | secret | verified\n\nspray          | corp\\t.schulz      | ${g.s(humanPassword(g))}                 | yes (smb)\n`,
      ],
      negatives: (g) => [
        `| Field | Meaning |\n|---|---|\n| password | the user password |\n| token | ${g.lower(6)} |\n`,
        `| Env | DB user | Password |\n|---|---|---|\n| prod | shop | (in 1Password) |\n| dev | shop | — |\n`,
        `| Password policy | Value |\n|---|---|\n| min length | 12 |\n`,
        '<table><tr><th>Name</th><th>Password</th></tr><tr><td>bob</td><td>********</td></tr></table>',
        '||Environment||Host||Password||\n|PROD|prod-app01|{color:red}see CyberArk{color}|\n',
        // `geen` (Dutch: none) under the password column (rw-dev19).
        '| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n| Vision mixer | — | geen |\n',
        // The header row's next column after the password's (Romanian `Observații`, rw-dev20).
        `| Sistem | Utilizator | Parolă | Observații |\n|---|---|---|---|\n| NVR | admin | \${NVR_PASSWORD} | |\n`,
        `const ok = a || b;\n|| ${g.lower(8)} |`,
        // The hash beside the cracked passwords, the row saying so.
        `# format: source | user | secret | verified\n\nsecretsdump    | corp\\krbtgt        | ${g.hex(32)} | hash only\n`,
        // A `Secret` column with no login beside it: a provider's secret, read as a token (generated) only.
        `| Service | Secret | Notes |\n|---|---|---|\n| webhook | ${humanPassword(g)} | rotated |\n`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-aligned-table-password',
    description: 'Password or token in a plain-text table aligned with blanks, in a column headed Password / Passwort / Token (a dash row under the header)',
    // The dash row under the header (runs of dashes set apart by blanks) wakes the rule; rows follow it.
    keywords: ['-  ', '-\t-', '=  '],
    // Before: the header line above the dash row (the pattern reads its cells too, and the validator drops them).
    keywordWindow: { before: 2000, after: 6000 },
    pattern: /(?<=[ \t]{2}|\t)(?<secret>[^\s|]{4,128})(?=[ \t]{2}|\t|[ \t]{0,40}(?:\r?\n|$))/,
    validate: (value, ctx) => {
      if (!proseApplies(ctx)) return false;
      const kind = alignedCellKind(ctx);
      if (kind === 'password') return prosePassword(value, ctx) && !/^[-—–]+$|^n\/a$/i.test(value);
      return kind === 'token' && isLiteralToken(value, 16);
    },
    examples: {
      positives: (g) => [
        `Environment    Role        Username               Password\n-----------    ---------   --------------------   ------------------\nQA             admin       qa-admin@acme.test     ${g.s(humanPassword(g))}\nUAT            support     support@acme.test      ${g.s(humanPassword(g))}\n`,
        `NAME      TOKEN                              EXPIRES\n----      -----                              -------\nci        ${g.s(g.alnum(32))}   2027-01-01\n`,
      ],
      negatives: (g) => [
        `Environment    Role        Username               Password\n-----------    ---------   --------------------   ------------------\nPROD           -           -                      (ask the on-call)\n`,
        `Name      Password policy    Notes\n----      ---------------    -----\nweb       ${humanPassword(g)}    strict\n`,
        `Host           Port    Protocol\n----           ----    --------\ndb.internal    5432    ${g.alnum(12)}\n`,
      ],
    },
  },
];
