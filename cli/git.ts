// The git plumbing the staged scan needs: the staged diff (which lines a commit adds) and the staged
// blobs (one `git cat-file --batch` process for every file). Uses the user's own git.
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

/** Parses `git diff -U0` output into the added line ranges per new path. */
export function parseAddedLines(patch: string): StagedFile[] {
  const files: StagedFile[] = [];
  let current: StagedFile | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') continue;
      const path = unquoteGitPath(name.replace(/\t$/, ''));
      current = { path: path.startsWith('b/') ? path.slice(2) : path.replace(/^"?b\//, ''), added: [] };
      files.push(current);
    } else if (current && line.startsWith('@@')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.added.push([start, start + count - 1]);
    }
  }
  return files;
}

/** Files the index changes relative to HEAD (added, copied, modified, renamed), with their added lines. */
export function stagedChanges(cwd?: string): StagedFile[] {
  const patch = git(
    ['-c', 'core.quotepath=on', 'diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/'],
    undefined,
    cwd,
  ).toString('utf8');
  return parseAddedLines(patch).filter((f) => f.added.length > 0);
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
