// Prose inside exports: chat and ticket exports write their messages as JSON strings (Slack, Teams, Discord,
// Mattermost, Zendesk), as HTML escaped into XML (Jira RSS, Confluence entities.xml), as CSV cells (doubled quotes,
// JSON in a cell) or as quoted-printable mail bodies. Each such file gets one virtual text holding the messages as
// people wrote them (escapes decoded, tags dropped, one message per line), scanned as prose with offsets mapped
// back, so a password given in a message is read as it is in a plain chat log.
import { fileKind } from '../validators/fileKind';
import type { VirtualText } from './joinedLiterals';

/** A string whose every character knows the span it came from in the real text. */
interface Mapped {
  s: string;
  o: number[];
  e: number[];
  /** Offsets in `s` where a decoding rewrote the text. */
  j: number[];
}

const MAX_TEXT = 4_000_000;
const UTF8 = new TextDecoder('utf-8');
/** Appended to an export's path for its messages' view: prose, whatever the export's own format. */
const VIEW_SUFFIX = '.export.txt';

function slice(text: string, from: number, to: number): Mapped {
  const o: number[] = [];
  const e: number[] = [];
  for (let i = from; i < to; i++) {
    o.push(i);
    e.push(i + 1);
  }
  return { s: text.slice(from, to), o, e, j: [] };
}

class Builder {
  s = '';
  o: number[] = [];
  e: number[] = [];
  j: number[] = [];
  push(ch: string, start: number, end: number, rewrite = false): void {
    if (rewrite) this.j.push(this.s.length);
    for (let k = 0; k < ch.length; k++) {
      this.s += ch.charAt(k);
      this.o.push(start);
      this.e.push(end);
    }
  }
  copy(m: Mapped, i: number): void {
    this.s += m.s.charAt(i);
    this.o.push(m.o[i]!);
    this.e.push(m.e[i]!);
  }
  done(): Mapped {
    return { s: this.s, o: this.o, e: this.e, j: this.j };
  }
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', r: '\n', t: ' ', '"': '"', '\\': '\\', '/': '/', b: '', f: '' };

/** A JSON string literal's contents, decoded. */
function jsonUnescape(m: Mapped): Mapped {
  const b = new Builder();
  for (let i = 0; i < m.s.length; i++) {
    const c = m.s.charAt(i);
    if (c !== '\\' || i + 1 >= m.s.length) {
      b.copy(m, i);
      continue;
    }
    const n = m.s.charAt(i + 1);
    if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(m.s.slice(i + 2, i + 6))) {
      b.push(String.fromCharCode(parseInt(m.s.slice(i + 2, i + 6), 16)), m.o[i]!, m.e[i + 5]!, true);
      i += 5;
    } else if (n in JSON_ESCAPES) {
      b.push(JSON_ESCAPES[n]!, m.o[i]!, m.e[i + 1]!, true);
      i += 1;
    } else b.copy(m, i);
  }
  return b.done();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#34': '"' };
/** Tags that end a line of text; every other tag is dropped. */
const BLOCK_TAG = /^<\/?(?:p|br|div|li|tr|h[1-6]|table|tbody|ul|ol|blockquote|pre|comment|description|item|title|summary|property|object)\b/i;

/** Text of HTML or XML: tags dropped (block tags end a line), CDATA markers dropped, entities decoded. */
function htmlText(m: Mapped): Mapped {
  const b = new Builder();
  const s = m.s;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '<') {
      if (s.startsWith('<![CDATA[', i)) {
        i += 8;
        continue;
      }
      const close = s.indexOf('>', i + 1);
      // A tag: a name (or `/`, `!`, `?`) right after `<`, closed within the line's reach.
      if (close > 0 && close - i < 2000 && /^<[/!?]?[A-Za-z]/.test(s.slice(i, i + 3))) {
        const tag = s.slice(i, Math.min(close + 1, i + 40));
        if (BLOCK_TAG.test(tag)) b.push('\n', m.o[i]!, m.e[close]!, true);
        else if (/^<\/?t[dh]\b/i.test(tag)) b.push(' ', m.o[i]!, m.e[close]!, true);
        i = close;
        continue;
      }
    }
    if (c === ']' && s.startsWith(']]>', i)) {
      i += 2;
      continue;
    }
    if (c === '&') {
      const semi = s.indexOf(';', i + 1);
      if (semi > 0 && semi - i <= 8) {
        const name = s.slice(i + 1, semi);
        let out = ENTITIES[name];
        if (out === undefined && /^#[0-9]{1,6}$/.test(name)) out = String.fromCodePoint(Number(name.slice(1)));
        if (out === undefined && /^#x[0-9a-fA-F]{1,6}$/.test(name)) out = String.fromCodePoint(parseInt(name.slice(2), 16));
        if (out !== undefined) {
          b.push(out, m.o[i]!, m.e[semi]!, true);
          i = semi;
          continue;
        }
      }
    }
    b.copy(m, i);
  }
  return b.done();
}

/** Quoted-printable: soft line breaks joined, `=XX` bytes decoded as UTF-8. */
function qpDecode(m: Mapped): Mapped {
  const b = new Builder();
  const s = m.s;
  const hex = (k: number) => (/^=[0-9A-F]{2}$/.test(s.slice(k, k + 3)) ? parseInt(s.slice(k + 1, k + 3), 16) : -1);
  for (let i = 0; i < s.length; i++) {
    if (s.charAt(i) !== '=') {
      b.copy(m, i);
      continue;
    }
    const soft = /^=\r?\n/.exec(s.slice(i, i + 3));
    if (soft) {
      i += soft[0].length - 1;
      continue;
    }
    if (hex(i) < 0) {
      b.copy(m, i);
      continue;
    }
    // A run of encoded bytes (soft breaks may sit inside it) decoded together, each character mapped to its bytes.
    const bytes: { v: number; start: number; end: number }[] = [];
    let k = i;
    for (;;) {
      const v = hex(k);
      if (v >= 0) {
        bytes.push({ v, start: m.o[k]!, end: m.e[k + 2]! });
        k += 3;
        continue;
      }
      const soft2 = /^=\r?\n/.exec(s.slice(k, k + 3));
      if (soft2 && hex(k + soft2[0].length) >= 0) {
        k += soft2[0].length;
        continue;
      }
      break;
    }
    let p = 0;
    while (p < bytes.length) {
      const lead = bytes[p]!.v;
      const n = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      const group = bytes.slice(p, p + n);
      const ch = n === 1 || group.length < n ? String.fromCharCode(lead) : UTF8.decode(Uint8Array.from(group.map((g) => g.v)));
      b.push(ch, group[0]!.start, group[group.length - 1]!.end, true);
      p += group.length;
    }
    i = k - 1;
  }
  return b.done();
}

/** CSV: a quoted cell's doubled quotes become one. */
function csvUnquote(m: Mapped): Mapped {
  const b = new Builder();
  for (let i = 0; i < m.s.length; i++) {
    if (m.s.charAt(i) === '"' && m.s.charAt(i + 1) === '"') {
      b.push('"', m.o[i]!, m.e[i + 1]!, true);
      i++;
    } else b.copy(m, i);
  }
  return b.done();
}

/** Keys whose string values are what a person wrote in a chat, ticket or board export. */
/**
 * Keys under which chat, ticket and mail exports keep what people wrote; and agents' memory stores, which keep what
 * a user told the assistant as sentences (mem0's `memory`, Zep's `fact`: `User's home wifi password is X`).
 */
const EXPORT_MESSAGE_KEY = /"(?:text|content|body|html_body|plain_body|message|msg|desc|comment|comments|memory|fact)"[ \t]*:/;
const MESSAGE_KEY =
  /"(?:text|content|body|html_body|plain_body|message|msg|desc|description|note|notes|value|comment|comments|caption|title|subject|snippet|memory|fact)"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){1,20000})"/g;

/** The messages of `m` (or of the raw text `m`: its offsets are its own, so only each message's span is mapped). */
function messages(m: Mapped | string): Mapped[] {
  const out: Mapped[] = [];
  const s = typeof m === 'string' ? m : m.s;
  MESSAGE_KEY.lastIndex = 0;
  for (let r = MESSAGE_KEY.exec(s); r !== null; r = MESSAGE_KEY.exec(s)) {
    const from = r.index + r[0].length - 1 - r[1]!.length;
    const sub: Mapped = typeof m === 'string' ? slice(m, from, from + r[1]!.length) : { s: r[1]!, o: m.o.slice(from, from + r[1]!.length), e: m.e.slice(from, from + r[1]!.length), j: [] };
    let decoded = jsonUnescape(sub);
    if (/<[A-Za-z/]|&(?:[a-z]{2,6}|#[0-9]{2,5});/.test(decoded.s)) decoded = htmlText(decoded);
    out.push(decoded);
  }
  return out;
}

/** Joins messages one per line; a separator maps to the character after its message. */
function joinLines(parts: readonly Mapped[]): Mapped {
  const b = new Builder();
  for (const p of parts) {
    if (p.s.length === 0) continue;
    const base = b.s.length;
    for (let i = 0; i < p.s.length; i++) b.copy(p, i);
    for (const k of p.j) b.j.push(base + k);
    const last = p.e[p.e.length - 1]!;
    b.push('\n', last, last + 1);
  }
  return b.done();
}

const JSON_PATH = /\.(?:json|jsonl|ndjson)$/i;
const CSV_PATH = /\.(?:csv|tsv)$/i;
const MARKUP_PATH = /\.(?:xml|html?|xhtml)$/i;
const MAIL_PATH = /\.(?:eml|mbox|msg|mht|mhtml)$|(?:^|[\\/])mbox$/i;

const toView = (m: Mapped, path: string): VirtualText => ({ text: m.s, offsets: m.o, ends: m.e, joins: m.j.length > 0 ? m.j : [0], path: `${path}${VIEW_SUFFIX}` });

/** Whether a markup file is an export of what people wrote (escaped HTML in XML, CDATA bodies, HTML messages). */
function markupExport(text: string): boolean {
  return /&lt;(?:p|br|div)\b|<!\[CDATA\[<|<div class="(?:text|message)|<p class=|<p>/.test(text);
}

/** The virtual texts of an export's messages (none for other files). */
export function exportViews(text: string, path: string | undefined): VirtualText[] {
  if (path === undefined || text.length > MAX_TEXT) return [];
  // Lockfiles and minified files hold no messages.
  const kind = fileKind(path);
  if (kind === 'lockfile' || kind === 'minified') return [];
  if (JSON_PATH.test(path)) {
    if (text.indexOf('\\n') < 0 && text.indexOf('\\u') < 0 && text.indexOf('&lt;') < 0 && text.indexOf('<p>') < 0 && !/"(?:text|content|message|msg|body|memory|fact)"[ \t]*:/.test(text)) return [];
    // No key that holds a message (a package manifest's `description` with a `\n` in it is no conversation).
    if (!EXPORT_MESSAGE_KEY.test(text)) return [];
    const lines = messages(text);
    return lines.length > 0 ? [toView(joinLines(lines), path)] : [];
  }
  if (CSV_PATH.test(path)) {
    if (text.indexOf('""') < 0 && text.indexOf('<p>') < 0 && text.indexOf('\\n') < 0) return [];
    let m = csvUnquote(slice(text, 0, text.length));
    const inner = messages(m);
    if (inner.length > 0) return [toView(joinLines(inner), path)];
    if (/<[A-Za-z/]|&[a-z]{2,6};/.test(m.s)) m = htmlText(m);
    return m.j.length > 0 ? [toView(m, path)] : [];
  }
  if (MARKUP_PATH.test(path)) {
    if (!markupExport(text)) return [];
    let m = htmlText(slice(text, 0, text.length));
    if (/&lt;|<[a-z]/.test(m.s)) m = htmlText(m);
    return [toView(m, path)];
  }
  if (MAIL_PATH.test(path)) {
    let m = slice(text, 0, text.length);
    if (/quoted-printable/i.test(text)) m = qpDecode(m);
    if (/text\/html|<html|<p[ >]|<div[ >]/i.test(text)) m = htmlText(m);
    return m.j.length > 0 ? [toView(m, path)] : [];
  }
  return [];
}

/**
 * A value read in a quoted-printable mail's raw text that holds encoded bytes (`f=C3=BCr`, `=C3=A9t=C3=A9`): a
 * piece of an encoded word, not a password; the decoded view reads the mail as written.
 */
export function isQuotedPrintableFragment(value: string, text: string, path: string | undefined): boolean {
  return /=[0-9A-F]{2}/.test(value) && !(path?.endsWith(VIEW_SUFFIX) ?? false) && /quoted-printable/i.test(text);
}
