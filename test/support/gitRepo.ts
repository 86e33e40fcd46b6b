// Real git repositories in temp directories, for every suite that needs one: `TempRepo` (fixed authors and
// dates, one day per commit, so results are deterministic) and `git()` for a command in any directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeFile, writeFiles } from './tempTree';

/** Base date of the first commit: 2026-01-01T00:00:00Z. Each commit is one day later. */
export const BASE_DATE = Date.UTC(2026, 0, 1) / 1000;

const AUTHOR = 'Test Author';
const EMAIL = 'author@example.invalid';
/** No system config, no prompts: the same git behaviour on every machine. */
const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };

/** Runs git in `cwd` and returns its output; throws with git's message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** `git commit` without throwing: hook tests look at its exit code and output. */
export function tryCommit(cwd: string, message: string): { code: number; output: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', message], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

/** Whether a git binary is on the PATH (suites that need one skip without it). */
export function hasGit(): boolean {
  return spawnSync('git', ['--version']).status === 0;
}

/** Makes `dir` (default: a new temp directory) a repository: branch `main`, a test identity, no signing. */
export function initRepo(dir = tempDir('hush-git-')): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', AUTHOR);
  git(dir, 'config', 'user.email', EMAIL);
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** A new repository whose first commit ("init") holds `files`; returns its path. */
export function initRepoWith(files: Record<string, string | Buffer>): string {
  const dir = initRepo();
  writeFiles(dir, files);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

export class TempRepo {
  private commits = 0;

  private constructor(readonly dir: string) {}

  static init(): TempRepo {
    return new TempRepo(initRepo());
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  write(path: string, content: string | Buffer): this {
    writeFile(this.dir, path, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path));
    return this;
  }

  /** Commits everything; returns the new commit's SHA. */
  commit(message: string, author = AUTHOR): string {
    this.git('add', '-A');
    const date = `@${BASE_DATE + this.commits++ * 86400} +0000`;
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: {
        ...process.env,
        ...GIT_ENV,
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: EMAIL,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: EMAIL,
        GIT_COMMITTER_DATE: date,
      },
      stdio: 'ignore',
    });
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Adds a local bare repository as `name` and pushes `branch` to it. */
  pushToBareRemote(name = 'origin', branch = 'main'): string {
    const bare = tempDir('hush-remote-');
    git(bare, 'init', '-q', '--bare');
    this.git('remote', 'add', name, bare);
    this.git('push', '-q', name, branch);
    return bare;
  }
}
