// Real git repositories in temp directories, with fixed authors and dates so results are deterministic.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Base date of the first commit: 2026-01-01T00:00:00Z. Each commit is one day later. */
export const BASE_DATE = Date.UTC(2026, 0, 1) / 1000;

export class TempRepo {
  private commits = 0;

  private constructor(readonly dir: string) {}

  static init(): TempRepo {
    const repo = new TempRepo(mkdtempSync(join(tmpdir(), 'hush-git-')));
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.name', 'Test Author');
    repo.git('config', 'user.email', 'author@example.invalid');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path));
    return this;
  }

  /** Commits everything; returns the new commit's SHA. */
  commit(message: string, author = 'Test Author'): string {
    this.git('add', '-A');
    const date = `@${BASE_DATE + this.commits++ * 86400} +0000`;
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: 'author@example.invalid',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: 'author@example.invalid',
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
    const bare = mkdtempSync(join(tmpdir(), 'hush-remote-'));
    execFileSync('git', ['init', '-q', '--bare', bare]);
    this.git('remote', 'add', name, bare);
    this.git('push', '-q', name, branch);
    return bare;
  }
}
