// Real git repositories in temp dirs for the staged-scan and hook tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** `git commit` without throwing: the hook tests look at its exit code and output. */
export function tryCommit(cwd: string, message: string): { code: number; output: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', message], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

export function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'hush-git-'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.invalid');
  git(root, 'config', 'user.name', 'Hush test');
  git(root, 'config', 'commit.gpgsign', 'false');
  return root;
}

export function write(root: string, path: string, content: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
