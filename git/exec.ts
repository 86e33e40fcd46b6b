// Runs the user's own git CLI. Arguments go as an argv array (never through a shell), and no secret value
// is ever one of them: anything on a command line is visible in the process list.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { readSmallFile } from './boundedRead';

/** Flags that make git's output stable whatever the user's config says (pager, colour, quoting, locks). */
const GLOBAL_ARGS = ['--no-pager', '-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'i18n.logOutputEncoding=UTF-8'];

export interface GitOptions {
  cwd: string;
  signal?: AbortSignal;
  /** Path to the git executable (default: `git` on the PATH). */
  gitPath?: string;
}

function gitEnv(): NodeJS.ProcessEnv {
  // Background reads must never take the index lock from the user's own git commands, nor prompt.
  return { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** Off in an untrusted workspace: a repository's own config can make git run programs (core.fsmonitor,
 * filters, an external diff), so Hush runs no git there at all and simply has no incident path. */
let gitAllowed = true;

export function setGitAllowed(allowed: boolean): void {
  gitAllowed = allowed;
}

export function isGitAllowed(): boolean {
  return gitAllowed;
}

export function spawnGit(args: readonly string[], options: GitOptions): ChildProcessWithoutNullStreams {
  if (!gitAllowed) throw new GitUnavailableError('git is not run in an untrusted workspace');
  return spawn(options.gitPath ?? 'git', [...GLOBAL_ARGS, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    signal: options.signal,
    windowsHide: true,
  });
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Thrown when git itself cannot be started (not installed, bad cwd). */
export class GitUnavailableError extends Error {}

/** Runs a short git command and collects its output (for commands whose output is small). */
export function runGit(args: readonly string[], options: GitOptions & { input?: string }): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnGit(args, options);
    } catch (e) {
      reject(new GitUnavailableError((e as Error).message));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.name === 'AbortError' ? e : new GitUnavailableError(`cannot run git: ${e.code ?? e.message}`));
    });
    child.stdin.on('error', () => {
      // git may exit before reading its input; the exit code says why.
    });
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/**
 * Where a history scan runs git: the work tree's top, or the repository itself when it is bare (a server's
 * mirror has history and no work tree); whether it is a shallow clone, and the commits where its history is cut.
 */
export async function findHistoryRepo(dir: string): Promise<{ root: string; bare: boolean; shallowCommits: Set<string> | undefined } | undefined> {
  // A work tree (the usual case) in one git call: its top and whether the clone is shallow.
  const both = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], { cwd: dir }).catch((e) => {
    if (e instanceof GitUnavailableError) return undefined;
    throw e;
  });
  const [top, isShallow] = both?.code === 0 ? both.stdout.trim().split('\n') : [];
  let root = top;
  let bare = false;
  let shallowAnswer = isShallow;
  if (!root) {
    const r = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir'], { cwd: dir }).catch(() => undefined);
    const [isBare, gitDir] = r?.code === 0 ? r.stdout.trim().split('\n') : [];
    if (isBare !== 'true' || !gitDir) return undefined;
    root = gitDir;
    bare = true;
    const shallow = await runGit(['rev-parse', '--is-shallow-repository'], { cwd: root });
    shallowAnswer = shallow.code === 0 ? shallow.stdout.trim() : undefined;
  }
  if (shallowAnswer !== 'true') return { root, bare, shallowCommits: undefined };
  // The graft points: commits whose parents the clone does not have.
  const boundary = await runGit(['rev-parse', '--git-path', 'shallow'], { cwd: root });
  const file = boundary.code === 0 ? boundary.stdout.trim() : '';
  const read = file ? readSmallFile(isAbsolute(file) ? file : join(root, file)) : { missing: true as const };
  return {
    root,
    bare,
    shallowCommits: new Set(
      'text' in read
        ? read.text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [],
    ),
  };
}

/** The top-level directory of the work tree containing `dir`, or undefined outside a git repository. */
export async function findRepoRoot(dir: string, options: Omit<GitOptions, 'cwd'> = {}): Promise<string | undefined> {
  try {
    const r = await runGit(['rev-parse', '--show-toplevel'], { ...options, cwd: dir });
    return r.code === 0 ? r.stdout.trim() || undefined : undefined;
  } catch (e) {
    if (e instanceof GitUnavailableError) return undefined;
    throw e;
  }
}
