// The git plumbing the staged scan needs: the staged diff with full context, which gives both the lines a
// commit adds and the staged content of each file, in one git process (start-up time is what a pre-commit
// hook costs); `git cat-file --batch` reads from the index what the diff cannot give. Uses the user's git.
import { childProcess } from './childProcess';
import { LineSplitter } from './lineSplitter';

export class GitError extends Error {}

/** Why git failed, in words (outside a repository some commands fall back to other modes and complain about options). */
function gitFailure(args: string[], status: number | null, stderr: string, cwd?: string): GitError {
  const inside = childProcess().spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8' });
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return new GitError('not inside a git work tree');
  const msg = stderr.trim().split('\n')[0] ?? '';
  const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? 'git';
  return new GitError(`git ${command} failed: ${msg || `exit code ${status}`}`);
}

function git(args: string[], input?: string | Buffer, cwd?: string): Buffer {
  const r = childProcess().spawnSync('git', args, { input, cwd, maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) throw gitFailure(args, r.status, r.stderr.toString('utf8'), cwd);
  return r.stdout;
}

/** Runs git and hands its output over as it comes (nothing is buffered whole). */
function gitStream(args: string[], cwd: string | undefined, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', onChunk);
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString('utf8');
    });
    child.on('error', (e) => reject(new GitError(`cannot run git: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
    child.on('close', (status) => (status === 0 ? resolve() : reject(gitFailure(args, status, stderr, cwd))));
  });
}

export interface StagedFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  /** 1-based line numbers the commit adds or changes, as sorted [first, last] ranges. */
  added: [number, number][];
}

/** Undoes git's C-style quoting of unusual path names ("a\tb" → a<TAB>b, octal escapes for UTF-8). */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 1; i < raw.length - 1; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = raw[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(raw.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A file the commit adds or changes: where, which lines, and its staged content. */
export interface StagedChange extends StagedFile {
  /** The staged content (from the diff); undefined for a submodule, a file too large, or when it must be read from the index. */
  content?: Buffer;
  /** A submodule (gitlink): there is no file content to scan. */
  gitlink?: boolean;
  /** Its staged content is larger than the limit: not kept, not scanned (listed as skipped). */
  tooLarge?: boolean;
}

/** Full context: the one hunk of each file then holds every line of its staged version. */
const FULL_CONTEXT = 100_000_000;

const PLUS = 43;
const MINUS = 45;
const BACKSLASH = 92;
const SPACE = 32;

interface FileState {
  change: StagedChange;
  /** The new side's lines while the content can be rebuilt (copies: the stream's chunks are not kept). */
  lines: Buffer[] | undefined;
  bytes: number;
  noFinalNewline: boolean;
  hunks: number;
}

/**
 * Parses `git diff --text -U<FULL_CONTEXT>` output as it streams: per new path the added line ranges and the
 * staged content rebuilt from the hunk's context and added lines. A file whose hunk does not start at line 1
 * or that has several hunks (a file longer than the context) gets no content: it is read from the index
 * instead. A file whose content passes `maxFileBytes` is marked too large and its lines dropped as they
 * pass, and no line is held past that size either: a 1 GB staged blob costs no more memory than a small one.
 */
export class StagedDiffParser {
  private readonly splitter: LineSplitter;
  private readonly files: FileState[] = [];
  private current: FileState | undefined;
  private gitlink = false;
  private inHunk = false;
  private oldLeft = 0;
  private newLeft = 0;
  private lineNo = 0;
  /** The hunk's last line was on the new side (a following "\ No newline" marker is about it). */
  private lastNew = false;
  private afterHunk = false;

  constructor(private readonly maxFileBytes = Infinity) {
    this.splitter = new LineSplitter((buf, start, end) => this.line(buf.subarray(start, end)), Number.isFinite(maxFileBytes) ? maxFileBytes + 2 : 1 << 30);
  }

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  end(): StagedChange[] {
    this.splitter.end();
    return this.files.map(({ change, lines, noFinalNewline }) => {
      if (!lines || change.gitlink || change.tooLarge) return change;
      const parts: Buffer[] = [];
      lines.forEach((l, k) => {
        parts.push(l);
        if (k + 1 < lines.length || !noFinalNewline) parts.push(NEWLINE);
      });
      return { ...change, content: Buffer.concat(parts) };
    });
  }

  private line(line: Buffer): void {
    if (this.inHunk) return this.hunkLine(line);
    if (this.afterHunk) {
      this.afterHunk = false;
      // The marker after the hunk's last line is about the new side when that line was on it.
      if (line[0] === BACKSLASH) {
        if (this.lastNew && this.current) this.current.noFinalNewline = true;
        this.afterHunk = true;
        this.lastNew = false;
        return;
      }
    }
    if (startsWith(line, 'diff --git ')) {
      this.current = undefined;
      this.gitlink = false;
    } else if (!this.current && (startsWith(line, 'index ') || startsWith(line, 'new file mode '))) {
      if (/\b160000$/.test(line.toString('latin1'))) this.gitlink = true;
    } else if (!this.current && startsWith(line, '+++ ')) {
      const name = line.toString('utf8', 4);
      if (name === '/dev/null') return;
      const raw = unquoteGitPath(name.replace(/\t$/, ''));
      const path = raw.startsWith('b/') ? raw.slice(2) : raw.replace(/^"?b\//, '');
      this.current = { change: { path, added: [], ...(this.gitlink ? { gitlink: true } : {}) }, lines: [], bytes: 0, noFinalNewline: false, hunks: 0 };
      this.files.push(this.current);
    } else if (this.current && startsWith(line, '@@')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line.toString('latin1', 0, Math.min(line.length, 200)));
      if (!m) return;
      this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
      this.lineNo = Number(m[2]);
      if (++this.current.hunks > 1 || (this.lineNo !== 1 && this.newLeft > 0)) this.current.lines = undefined;
      this.lastNew = false;
      this.inHunk = this.oldLeft > 0 || this.newLeft > 0;
      this.afterHunk = !this.inHunk;
    }
  }

  private hunkLine(line: Buffer): void {
    const file = this.current!;
    const kind = line.length === 0 ? SPACE : line[0]; // an empty line is an empty context line (diff.suppressBlankEmpty)
    if (kind === BACKSLASH) return; // "\ No newline at end of file" after a line that is not the last
    if (kind === MINUS) {
      this.oldLeft--;
      this.lastNew = false;
    } else {
      if (kind === PLUS) {
        const added = file.change.added;
        const last = added[added.length - 1];
        if (last && last[1] === this.lineNo - 1) last[1] = this.lineNo;
        else added.push([this.lineNo, this.lineNo]);
        this.newLeft--;
      } else {
        this.oldLeft--;
        this.newLeft--;
      }
      this.keep(file, line);
      this.lineNo++;
      this.lastNew = true;
    }
    if (this.oldLeft <= 0 && this.newLeft <= 0) {
      this.inHunk = false;
      this.afterHunk = true;
    }
  }

  private keep(file: FileState, line: Buffer): void {
    if (!file.lines || file.change.tooLarge) return;
    file.bytes += line.length; // the line's marker byte stands in for its newline
    if (file.bytes > this.maxFileBytes) {
      file.change.tooLarge = true;
      file.lines = undefined;
      return;
    }
    file.lines.push(Buffer.from(line.subarray(1)));
  }
}

const NEWLINE = Buffer.from([10]);

function startsWith(line: Buffer, prefix: string): boolean {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** parseStagedDiff on a whole diff in memory (tests, small diffs). */
export function parseStagedDiff(out: Buffer, maxFileBytes = Infinity): StagedChange[] {
  const parser = new StagedDiffParser(maxFileBytes);
  parser.push(out);
  return parser.end();
}

/**
 * Files the index changes relative to HEAD (added, copied, modified, renamed) with their added lines and
 * staged content, streamed from one git process (a second, `git cat-file`, only for a file the diff could
 * not give whole). Content past `maxFileBytes` is never held: the file comes back marked `tooLarge`.
 */
export async function stagedChanges(cwd?: string, maxFileBytes = Infinity): Promise<StagedChange[]> {
  const parser = new StagedDiffParser(maxFileBytes);
  await gitStream(
    ['-c', 'core.quotepath=on', 'diff', '--cached', `-U${FULL_CONTEXT}`, '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/'],
    cwd,
    (chunk) => parser.push(chunk),
  );
  return parser.end().filter((f) => f.added.length > 0);
}

export type Blob = { path: string; content: Buffer } | { path: string; missing: true } | { path: string; tooLarge: true };

/**
 * Staged content of each path (index stage 0). The index is listed NUL-separated (a path may hold a newline)
 * and blobs are read by object id through one `git cat-file`; sizes are checked first, so a blob larger than
 * `maxFileBytes` is never read.
 */
export function stagedBlobs(paths: readonly string[], cwd?: string, maxFileBytes = Infinity): Blob[] {
  if (paths.length === 0) return [];
  const ids = new Map<string, string>();
  for (const entry of git(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...paths], undefined, cwd)
    .toString('utf8')
    .split('\0')) {
    const m = /^\d+ ([0-9a-f]+) 0\t([\s\S]*)$/.exec(entry);
    if (m) ids.set(m[2]!, m[1]!);
  }
  const known = paths.filter((p) => ids.has(p));
  const sizes = new Map<string, number>();
  if (known.length > 0) {
    const lines = git(['cat-file', '--batch-check'], known.map((p) => `${ids.get(p)}\n`).join(''), cwd)
      .toString('utf8')
      .split('\n');
    known.forEach((p, i) => {
      const m = /^[0-9a-f]+ blob (\d+)$/.exec(lines[i] ?? '');
      if (m) sizes.set(p, Number(m[1]));
    });
  }
  const readable = known.filter((p) => sizes.has(p) && sizes.get(p)! <= maxFileBytes);
  const contents = new Map<string, Buffer>();
  if (readable.length > 0) {
    const out = git(['cat-file', '--batch'], readable.map((p) => `${ids.get(p)}\n`).join(''), cwd);
    let at = 0;
    for (const path of readable) {
      const nl = out.indexOf(10, at);
      if (nl < 0) break;
      const m = /^[0-9a-f]+ blob (\d+)$/.exec(out.toString('utf8', at, nl));
      at = nl + 1;
      if (!m) continue;
      contents.set(path, out.subarray(at, at + Number(m[1])));
      at += Number(m[1]) + 1;
    }
  }
  return paths.map((path): Blob => {
    const content = contents.get(path);
    if (content) return { path, content };
    if (sizes.has(path) && sizes.get(path)! > maxFileBytes) return { path, tooLarge: true };
    return { path, missing: true };
  });
}
