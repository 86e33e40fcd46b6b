// Finds the string literal (quotes and prefix included) that encloses a secret, per language, with a small
// lexer: enough to skip comments, escapes and other strings, not a parser. A value outside any literal
// (YAML plain scalars, .env lines, shell words) is reported as `bare`.
import type { Flavor } from '../language';

interface Delimiter {
  open: string;
  close: string;
  /** How the closing delimiter is escaped inside: a backslash, doubling it, or not at all (raw). */
  escape: 'backslash' | 'double' | 'none';
  multiline: boolean;
  /** `${…}` / `#{…}` style interpolation is possible inside. */
  interpolating?: boolean;
}

interface LexSpec {
  delimiters: Delimiter[];
  lineComments: string[];
  blockComment?: [string, string];
  /** Letters that may prefix a literal (Python r/b/f/u, C# @/$). */
  prefix?: RegExp;
  /** Quotes open only where a value starts (YAML, .env): `it's` in a plain scalar is not a string. */
  quoteOnlyAtValueStart?: boolean;
  /** `#` starts a comment only at the start of a word (shell, YAML), not inside `a#b`. */
  commentAtWordStart?: boolean;
  /** Lex from the document start (languages with multi-line strings) instead of the value's line. */
  fromDocumentStart: boolean;
}

const dq = (multiline = false, interpolating = false): Delimiter => ({ open: '"', close: '"', escape: 'backslash', multiline, interpolating });
const sq = (multiline = false): Delimiter => ({ open: "'", close: "'", escape: 'backslash', multiline });
const triple = (q: string, escape: Delimiter['escape'] = 'backslash', interpolating = false): Delimiter => ({ open: q, close: q, escape, multiline: true, interpolating });

const C_COMMENTS = { lineComments: ['//'], blockComment: ['/*', '*/'] as [string, string] };

const SPECS: Record<Flavor, LexSpec> = {
  javascript: { delimiters: [{ open: '`', close: '`', escape: 'backslash', multiline: true, interpolating: true }, dq(), sq()], ...C_COMMENTS, fromDocumentStart: true },
  typescript: { delimiters: [{ open: '`', close: '`', escape: 'backslash', multiline: true, interpolating: true }, dq(), sq()], ...C_COMMENTS, fromDocumentStart: true },
  python: { delimiters: [triple('"""'), triple("'''"), dq(), sq()], lineComments: ['#'], prefix: /[rRbBuUfF]{1,2}$/, fromDocumentStart: true },
  go: { delimiters: [{ open: '`', close: '`', escape: 'none', multiline: true }, dq(), sq()], ...C_COMMENTS, fromDocumentStart: true },
  java: { delimiters: [triple('"""'), dq(), sq()], ...C_COMMENTS, fromDocumentStart: true },
  kotlin: { delimiters: [triple('"""', 'none', true), dq(false, true), sq()], ...C_COMMENTS, fromDocumentStart: true },
  csharp: { delimiters: [triple('"""', 'none'), dq(), sq()], ...C_COMMENTS, prefix: /[@$]{1,3}$/, fromDocumentStart: true },
  ruby: { delimiters: [dq(true, true), sq(true)], lineComments: ['#'], fromDocumentStart: true },
  php: { delimiters: [dq(true), sq(true)], lineComments: ['//', '#'], blockComment: ['/*', '*/'], fromDocumentStart: true },
  rust: {
    delimiters: [{ open: 'r#"', close: '"#', escape: 'none', multiline: true }, { open: 'r"', close: '"', escape: 'none', multiline: true }, dq(true)],
    ...C_COMMENTS,
    prefix: /b$/,
    fromDocumentStart: true,
  },
  shell: { delimiters: [dq(true, true), { open: "'", close: "'", escape: 'none', multiline: true }], lineComments: ['#'], commentAtWordStart: true, fromDocumentStart: false },
  yaml: { delimiters: [dq(), { open: "'", close: "'", escape: 'double', multiline: false }], lineComments: ['#'], commentAtWordStart: true, quoteOnlyAtValueStart: true, fromDocumentStart: false },
  'github-actions': { delimiters: [dq(), { open: "'", close: "'", escape: 'double', multiline: false }], lineComments: ['#'], commentAtWordStart: true, quoteOnlyAtValueStart: true, fromDocumentStart: false },
  properties: { delimiters: [], lineComments: [], fromDocumentStart: false },
  dotenv: {
    delimiters: [dq(true), { open: "'", close: "'", escape: 'none', multiline: true }, { open: '`', close: '`', escape: 'none', multiline: true }],
    lineComments: ['#'],
    commentAtWordStart: true,
    quoteOnlyAtValueStart: true,
    fromDocumentStart: false,
  },
  dockerfile: { delimiters: [dq(false, true), { open: "'", close: "'", escape: 'none', multiline: false }], lineComments: [], fromDocumentStart: false },
  terraform: { delimiters: [dq(false, true)], lineComments: ['#', '//'], blockComment: ['/*', '*/'], fromDocumentStart: false },
  json: { delimiters: [dq()], lineComments: [], fromDocumentStart: false },
  jsonc: { delimiters: [dq()], lineComments: ['//'], fromDocumentStart: false },
  toml: { delimiters: [triple('"""'), triple("'''", 'none'), dq(), { open: "'", close: "'", escape: 'none', multiline: false }], lineComments: ['#'], fromDocumentStart: false },
  markup: { delimiters: [dq(), sq()], lineComments: [], fromDocumentStart: false },
  plaintext: { delimiters: [dq(), sq()], lineComments: [], fromDocumentStart: false },
};

export interface LiteralSpan {
  kind: 'quoted' | 'bare';
  /** The whole literal, prefix and quotes included (for `bare`: the value itself). */
  start: number;
  end: number;
  /** Between the quotes. */
  contentStart: number;
  contentEnd: number;
  /** Opening delimiter with its prefix (`f"`, `"""`, `r#"`), and the closing one. */
  open: string;
  close: string;
  interpolating: boolean;
  /** The literal holds nothing but the secret. */
  whole: boolean;
}

/** Upper bound on how far back the lexer starts, so huge documents stay cheap. */
const MAX_LEX_BACK = 1_000_000;

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** The first \n or \r in text[from, limit), or -1. */
function nextLineBreak(text: string, from: number, limit: number): number {
  for (let j = from; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return j;
  }
  return -1;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

function atValueStart(text: string, i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < from) return true;
  return ':-[{,=?'.includes(text[j]!);
}

function bare(start: number, end: number): LiteralSpan {
  return { kind: 'bare', start, end, contentStart: start, contentEnd: end, open: '', close: '', interpolating: false, whole: true };
}

/** The literal enclosing text[start, end) in a document of the given flavor. */
export function enclosingLiteral(text: string, start: number, end: number, flavor: Flavor): LiteralSpan {
  const spec = SPECS[flavor];
  const lineStart = lineStartOf(text, start);
  let from = spec.fromDocumentStart ? Math.max(0, start - MAX_LEX_BACK) : lineStart;
  if (from > 0 && from !== lineStart) from = lineStartOf(text, from);
  const delims = [...spec.delimiters].sort((a, b) => b.open.length - a.open.length);
  // Characters that can start a string or a comment: every other character is skipped at once (a 1 MB
  // document is lexed in milliseconds, not hundreds of them).
  const starters = new Set([...delims.map((d) => d.open[0]!), ...spec.lineComments.map((m) => m[0]!), ...(spec.blockComment ? [spec.blockComment[0][0]!] : [])]);
  let open: { d: Delimiter; at: number; prefix: string } | undefined;
  let i = from;
  let lineFrom = from;
  while (i < start) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') lineFrom = i + 1;
    if (open) {
      const { d } = open;
      if (d.escape === 'backslash' && c === '\\') {
        i += 2;
        continue;
      }
      if (text.startsWith(d.close, i)) {
        if (d.escape === 'double' && text.startsWith(d.close + d.close, i)) {
          i += 2 * d.close.length;
          continue;
        }
        open = undefined;
        i += d.close.length;
        continue;
      }
      if (!d.multiline && (c === '\n' || c === '\r')) open = undefined;
      i++;
      continue;
    }
    if (!starters.has(c)) {
      i++;
      continue;
    }
    const comment = spec.lineComments.find((m) => text.startsWith(m, i) && (!spec.commentAtWordStart || i === lineFrom || /\s/.test(text[i - 1]!)));
    if (comment) {
      // indexOf, not a slice per comment: a document full of comments stays linear.
      const nl = nextLineBreak(text, i, start);
      if (nl < 0) return bare(start, end); // the value sits in a comment
      i = nl;
      continue;
    }
    if (spec.blockComment && text.startsWith(spec.blockComment[0], i)) {
      const close = text.indexOf(spec.blockComment[1], i + 2);
      if (close < 0 || close >= start) return bare(start, end);
      i = close + spec.blockComment[1].length;
      continue;
    }
    const d = delims.find((x) => text.startsWith(x.open, i));
    if (d && !(isWordChar(d.open[0]) && isWordChar(text[i - 1])) && (!spec.quoteOnlyAtValueStart || atValueStart(text, i, lineFrom))) {
      const before = text.slice(Math.max(lineFrom, i - 3), i);
      const prefix = spec.prefix?.exec(before)?.[0] ?? '';
      if (prefix && isWordChar(text[i - prefix.length - 1])) {
        open = { d, at: i, prefix: '' };
      } else open = { d, at: i, prefix };
      i += d.open.length;
      continue;
    }
    i++;
  }
  if (!open) return bare(start, end);
  // Find the matching close after the value.
  const { d, at, prefix } = open;
  const raw = d.escape === 'none' || /[rR]/.test(prefix) || (prefix.includes('@') && flavor === 'csharp');
  const escape = raw ? (prefix.includes('@') ? 'double' : 'none') : d.escape;
  let j = end;
  const limit = Math.min(text.length, end + MAX_LEX_BACK);
  while (j < limit) {
    const c = text[j]!;
    if (escape === 'backslash' && c === '\\') {
      j += 2;
      continue;
    }
    if (text.startsWith(d.close, j)) {
      if (escape === 'double' && text.startsWith(d.close + d.close, j)) {
        j += 2 * d.close.length;
        continue;
      }
      const contentStart = at + d.open.length;
      const interpolating = !!d.interpolating || (flavor === 'python' && /[fF]/.test(prefix)) || (flavor === 'csharp' && prefix.includes('$'));
      return {
        kind: 'quoted',
        start: at - prefix.length,
        end: j + d.close.length,
        contentStart,
        contentEnd: j,
        open: prefix + d.open,
        close: d.close,
        interpolating,
        whole: contentStart === start && j === end,
      };
    }
    if (!d.multiline && (c === '\n' || c === '\r')) break;
    j++;
  }
  return bare(start, end);
}
