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
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

type State = 'outside' | 'fileHeader' | 'hunk';

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
    this.lines = new LineSplitter((line) => this.line(line), maxLineBytes);
  }

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
  }

  private line(buf: Buffer): void {
    if (this.state === 'hunk') {
      const first = buf[0];
      if (first === PLUS && this.newLeft > 0) {
        this.newLeft--;
        this.sink.added(buf.toString('utf8', 1), this.newLine++);
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
        this.header(buf);
        return;
      }
      if (this.oldLeft === 0 && this.newLeft === 0) this.state = 'fileHeader';
      return;
    }
    this.header(buf);
  }

  private header(buf: Buffer): void {
    if (buf[0] === NUL) {
      const [, sha = '', date = '0', author = '', subject = ''] = buf.toString('utf8').split('\0');
      this.state = 'outside';
      this.sink.commit({ sha, date: Number(date), author, subject });
      return;
    }
    if (buf.length === 0) return;
    const text = buf.toString('utf8');
    if (text.startsWith('diff --git ')) {
      this.state = 'fileHeader';
      this.sink.file(null);
      return;
    }
    if (this.state !== 'fileHeader') return;
    if (text.startsWith('+++ ')) {
      this.sink.file(parseNewPath(text.slice(4)));
      return;
    }
    if (text.startsWith('@@ ')) {
      const m = HUNK.exec(text);
      if (!m) return;
      this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      this.newLine = Number(m[2]);
      this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
      if (this.oldLeft > 0 || this.newLeft > 0) this.state = 'hunk';
    }
  }
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
