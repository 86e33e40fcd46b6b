// Streaming parser for `git log -p --unified=0 --format=<COMMIT_FORMAT>` output. It tracks hunk line
// counts, so an added line that happens to look like a header (`+++ b/x`, a NUL) is still content.
import { LineSplitter } from './lineSplitter';

/** NUL-separated header: a line that starts with NUL can only be ours outside a hunk. */
export const COMMIT_FORMAT = '%x00%H%x00%at%x00%an%x00%s';

export interface CommitHeader {
  sha: string;
  /** Author date, Unix seconds. */
  date: number;
  author: string;
  subject: string;
}

export interface PatchSink {
  commit(header: CommitHeader): void;
  /** A file's diff starts; `path` is its new path, or null when it is deleted or unknown (binary). */
  file(path: string | null): void;
  /** One added line (without its `+`), with its 1-based line number in the new file. */
  added(text: string, line: number): void;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const NUL = 0;
const COMMA = 0x2c;
const DIFF_GIT = Buffer.from('diff --git ');
const NEW_PATH = Buffer.from('+++ ');
const HUNK_START = Buffer.from('@@ ');
const HUNK_END = Buffer.from(' @@');

type State = 'outside' | 'fileHeader' | 'hunk';

/** True when buf[start, end) begins with `prefix` (compared as bytes: every header word is ASCII). */
function startsWith(buf: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[start + i] !== prefix[i]) return false;
  return true;
}

export class PatchParser {
  private readonly lines: LineSplitter;
  private state: State = 'outside';
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  /** Bytes of patch text seen, for throughput figures. */
  bytes = 0;

  constructor(
    private readonly sink: PatchSink,
    maxLineBytes?: number,
  ) {
    this.lines = new LineSplitter((buf, start, end) => this.line(buf, start, end), maxLineBytes);
  }

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
  }

  /** One line: buf[start, end), without its newline. Only added lines and the headers read are decoded. */
  private line(buf: Buffer, start: number, end: number): void {
    if (this.state === 'hunk') {
      const first = start < end ? buf[start] : undefined;
      if (first === PLUS && this.newLeft > 0) {
        this.newLeft--;
        this.sink.added(buf.toString('utf8', start + 1, end), this.newLine++);
      } else if (first === MINUS && this.oldLeft > 0) {
        this.oldLeft--;
      } else if (first === SPACE && this.oldLeft > 0 && this.newLeft > 0) {
        // Context (only with a user's diff.interHunkContext): in both versions.
        this.oldLeft--;
        this.newLeft--;
        this.newLine++;
      } else if (first === BACKSLASH) {
        // "\ No newline at end of file"
      } else {
        // Counts disagree with the text (should not happen): resynchronise on this line as a header.
        this.state = 'fileHeader';
        this.header(buf, start, end);
        return;
      }
      if (this.oldLeft === 0 && this.newLeft === 0) this.state = 'fileHeader';
      return;
    }
    this.header(buf, start, end);
  }

  private header(buf: Buffer, start: number, end: number): void {
    if (start === end) return;
    if (buf[start] === NUL) {
      const [, sha = '', date = '0', author = '', subject = ''] = buf.toString('utf8', start, end).split('\0');
      this.state = 'outside';
      this.sink.commit({ sha, date: Number(date), author, subject });
      return;
    }
    if (startsWith(buf, start, end, DIFF_GIT)) {
      this.state = 'fileHeader';
      this.sink.file(null);
      return;
    }
    if (this.state !== 'fileHeader') return;
    if (startsWith(buf, start, end, NEW_PATH)) {
      this.sink.file(parseNewPath(buf.toString('utf8', start + 4, end)));
      return;
    }
    if (startsWith(buf, start, end, HUNK_START)) this.hunkHeader(buf, start + 3, end);
  }

  /**
   * `-a[,b] +c[,d] @@` (after `@@ `), read off the bytes: b and d lines are removed and added from line c on
   * (a missing count is 1). A line of another shape is not a hunk header and changes nothing.
   */
  private hunkHeader(buf: Buffer, at: number, end: number): void {
    if (buf[at] !== MINUS || at >= end) return;
    let i = digitsEnd(buf, at + 1, end);
    if (i < 0) return;
    let oldCount = 1;
    if (i < end && buf[i] === COMMA) {
      const to = digitsEnd(buf, i + 1, end);
      if (to < 0) return;
      oldCount = digitsValue(buf, i + 1, to);
      i = to;
    }
    if (i + 1 >= end || buf[i] !== SPACE || buf[i + 1] !== PLUS) return;
    const startEnd = digitsEnd(buf, i + 2, end);
    if (startEnd < 0) return;
    const newStart = digitsValue(buf, i + 2, startEnd);
    i = startEnd;
    let newCount = 1;
    if (i < end && buf[i] === COMMA) {
      const to = digitsEnd(buf, i + 1, end);
      if (to < 0) return;
      newCount = digitsValue(buf, i + 1, to);
      i = to;
    }
    if (!startsWith(buf, i, end, HUNK_END)) return;
    this.oldLeft = oldCount;
    this.newLine = newStart;
    this.newLeft = newCount;
    if (this.oldLeft > 0 || this.newLeft > 0) this.state = 'hunk';
  }
}

/** Where the run of ASCII digits at buf[from] ends (before `end`), or -1 when there is none. */
function digitsEnd(buf: Buffer, from: number, end: number): number {
  let i = from;
  while (i < end && buf[i]! >= 0x30 && buf[i]! <= 0x39) i++;
  return i > from ? i : -1;
}

function digitsValue(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + buf[i]! - 0x30;
  return n;
}

/** `b/path`, `"b/quoted\tpath"` or `/dev/null` → the path without its prefix. */
export function parseNewPath(raw: string): string | null {
  let s = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (s === '/dev/null') return null;
  if (s.startsWith('"') && s.endsWith('"') && s.length >= 2) s = unquoteC(s.slice(1, -1));
  return s.startsWith('b/') ? s.slice(2) : s;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style path quoting (escapes and octal bytes, which may spell UTF-8). */
function unquoteC(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\' || i + 1 >= s.length) {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = s[i + 1]!;
    if (/[0-7]/.test(next) && /^[0-7]{3}$/.test(s.slice(i + 1, i + 4))) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
