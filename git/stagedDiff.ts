// The git plumbing the staged scan needs: the staged diff with full context, which gives both the lines a
// commit adds and the staged content of each file, in one git process (start-up time is what a pre-commit
// hook costs); `git cat-file --batch` reads from the index what the diff cannot give. Uses the user's git.
import { spawnSync } from 'node:child_process';

export class GitError extends Error {}

function git(args: string[], input?: string, cwd?: string): Buffer {
  const r = spawnSync('git', args, { input, cwd, maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`cannot run git: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) {
    // Outside a repository some commands fall back to other modes and complain about options: say why.
    const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8' });
    if (inside.status !== 0 || inside.stdout.trim() !== 'true') throw new GitError('not inside a git work tree');
    const msg = r.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? 'git';
    throw new GitError(`git ${command} failed: ${msg || `exit code ${r.status}`}`);
  }
  return r.stdout;
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
  /** The staged content (from the diff); undefined for a submodule or when it must be read from the index. */
  content?: Buffer;
  /** A submodule (gitlink): there is no file content to scan. */
  gitlink?: boolean;
}

/** Full context: the one hunk of each file then holds every line of its staged version. */
const FULL_CONTEXT = 100_000_000;

/**
 * Parses `git diff --text -U<FULL_CONTEXT>` output (bytes): per new path the added line ranges and the
 * staged content rebuilt from the hunk's context and added lines. A file whose hunk does not start at
 * line 1 or that has several hunks (a file longer than the context) gets no content: it is read from the
 * index instead. Works on offsets into the output (no object per line: this runs in every commit).
 */
export function parseStagedDiff(out: Buffer): StagedChange[] {
  // Per file: the new side's lines as [start, end) offset pairs while the content can be rebuilt.
  const files: { change: StagedChange; lines: number[] | undefined; noFinalNewline: boolean; hunks: number }[] = [];
  let current: (typeof files)[number] | undefined;
  let gitlink = false;
  let pos = 0;
  let lineStart = 0;
  let lineEnd = 0;
  const nextLine = (): void => {
    const nl = out.indexOf(10, pos);
    lineStart = pos;
    lineEnd = nl < 0 ? out.length : nl;
    pos = lineEnd + 1;
  };
  const lineIs = (prefix: string): boolean => {
    if (lineEnd - lineStart < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (out[lineStart + i] !== prefix.charCodeAt(i)) return false;
    return true;
  };
  while (pos < out.length) {
    nextLine();
    if (lineIs('diff --git ')) {
      current = undefined;
      gitlink = false;
    } else if (!current && (lineIs('index ') || lineIs('new file mode '))) {
      if (/\b160000$/.test(out.toString('latin1', lineStart, lineEnd))) gitlink = true;
    } else if (!current && lineIs('+++ ')) {
      const name = out.toString('utf8', lineStart + 4, lineEnd);
      if (name === '/dev/null') continue;
      const raw = unquoteGitPath(name.replace(/\t$/, ''));
      const path = raw.startsWith('b/') ? raw.slice(2) : raw.replace(/^"?b\//, '');
      current = { change: { path, added: [], ...(gitlink ? { gitlink: true } : {}) }, lines: [], noFinalNewline: false, hunks: 0 };
      files.push(current);
    } else if (current && lineIs('@@')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(out.toString('latin1', lineStart, Math.min(lineEnd, lineStart + 200)));
      if (!m) continue;
      let oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      let newLeft = m[3] === undefined ? 1 : Number(m[3]);
      let lineNo = Number(m[2]);
      if (++current.hunks > 1 || (lineNo !== 1 && newLeft > 0)) current.lines = undefined;
      const added = current.change.added;
      const lines = current.lines;
      let lastNew = false;
      while ((oldLeft > 0 || newLeft > 0) && pos < out.length) {
        nextLine();
        const kind = lineEnd === lineStart ? 32 : out[lineStart]; // an empty line is an empty context line (diff.suppressBlankEmpty)
        if (kind === 92) continue; // "\ No newline at end of file" after a line that is not the last
        if (kind === 45) {
          oldLeft--;
          lastNew = false;
          continue;
        }
        if (kind === 43) {
          const last = added[added.length - 1];
          if (last && last[1] === lineNo - 1) last[1] = lineNo;
          else added.push([lineNo, lineNo]);
          newLeft--;
        } else {
          oldLeft--;
          newLeft--;
        }
        lines?.push(Math.min(lineStart + 1, lineEnd), lineEnd);
        lineNo++;
        lastNew = true;
      }
      // The marker after the hunk's last line is about the new side when that line was on it.
      while (pos < out.length && out[pos] === 92) {
        nextLine();
        if (lastNew) current.noFinalNewline = true;
        lastNew = false;
      }
    }
  }
  return files.map(({ change, lines, noFinalNewline }) => {
    if (!lines || change.gitlink) return change;
    const count = lines.length / 2;
    let size = noFinalNewline && count > 0 ? count - 1 : count;
    for (let k = 0; k < lines.length; k += 2) size += lines[k + 1]! - lines[k]!;
    const content = Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = 0; k < lines.length; k += 2) {
      at += out.copy(content, at, lines[k]!, lines[k + 1]!);
      if (k + 2 < lines.length || !noFinalNewline) content[at++] = 10;
    }
    return { ...change, content };
  });
}

/**
 * Files the index changes relative to HEAD (added, copied, modified, renamed) with their added lines and
 * staged content: one git process for a typical commit (a second, `git cat-file`, only for a file the diff
 * could not give whole).
 */
export function stagedChanges(cwd?: string): StagedChange[] {
  const out = git(
    ['-c', 'core.quotepath=on', 'diff', '--cached', `-U${FULL_CONTEXT}`, '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/'],
    undefined,
    cwd,
  );
  return parseStagedDiff(out).filter((f) => f.added.length > 0);
}

export type Blob = { path: string; content: Buffer } | { path: string; missing: true };

/** Staged content of each path (index stage 0), read through one `git cat-file --batch`. */
export function stagedBlobs(paths: readonly string[], cwd?: string): Blob[] {
  if (paths.length === 0) return [];
  // `:path` names the index entry; paths are relative to the repository root.
  const out = git(['cat-file', '--batch'], paths.map((p) => `:${p}\n`).join(''), cwd);
  const blobs: Blob[] = [];
  let at = 0;
  for (const path of paths) {
    const nl = out.indexOf(10, at);
    if (nl < 0) break;
    const header = out.toString('utf8', at, nl);
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      blobs.push({ path, missing: true });
      continue;
    }
    const size = Number(m[2]);
    blobs.push(m[1] === 'blob' ? { path, content: out.subarray(at, at + size) } : { path, missing: true });
    at += size + 1;
  }
  return blobs;
}
