// What the history index walks (HEAD and the remote-tracking branches) and which remote branch holds a commit.
import { runGit, type GitOptions } from './exec';

export interface Tips {
  /** The commit HEAD points at; undefined on an unborn branch. */
  head?: string;
  /** Remote-tracking branch name (`origin/main`) → commit. */
  remotes: Map<string, string>;
}

const REMOTE_PREFIX = 'refs/remotes/';

export async function readTips(options: GitOptions): Promise<Tips> {
  const [head, refs] = await Promise.all([runGit(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], options), runGit(['for-each-ref', '--format=%(objectname) %(refname)', REMOTE_PREFIX], options)]);
  const remotes = new Map<string, string>();
  if (refs.code === 0) {
    for (const line of refs.stdout.split('\n')) {
      const space = line.indexOf(' ');
      if (space < 0) continue;
      const name = line.slice(space + 1).slice(REMOTE_PREFIX.length);
      // origin/HEAD only repeats another remote branch.
      if (name.endsWith('/HEAD')) continue;
      remotes.set(name, line.slice(0, space));
    }
  }
  return { head: head.code === 0 ? head.stdout.trim() || undefined : undefined, remotes };
}

export function tipCommits(tips: Tips): string[] {
  return [...new Set([...(tips.head ? [tips.head] : []), ...tips.remotes.values()])];
}

/** HEAD's commit as `git log` revision arguments: nothing while the branch is unborn. */
export const HEAD_REVISION: readonly string[] = ['--ignore-missing', 'HEAD'];

/** The commits of tipCommits(readTips()) as `git log` revision arguments, for a walk that needs no call first. */
export const TIP_REVISIONS: readonly string[] = [...HEAD_REVISION, '--exclude=*/HEAD', '--remotes'];

export function sameTips(a: Tips, b: Tips): boolean {
  if (a.head !== b.head || a.remotes.size !== b.remotes.size) return false;
  for (const [name, sha] of a.remotes) if (b.remotes.get(name) !== sha) return false;
  return true;
}

/** True when every commit reachable from `from` is still reachable from `to` (nothing was rewritten away). */
export async function allReachable(from: readonly string[], to: readonly string[], options: GitOptions): Promise<boolean> {
  if (from.length === 0) return true;
  const revs = [...from, ...to.map((sha) => `^${sha}`)].join('\n') + '\n';
  const r = await runGit(['rev-list', '--count', '--stdin'], { ...options, input: revs });
  return r.code === 0 && r.stdout.trim() === '0';
}

const BATCH = 500;

/**
 * For each commit, a remote-tracking branch it is reachable from (`origin/main`), or null when none is.
 * One `git name-rev` per batch of commits, whatever the number of branches.
 */
export async function remoteBranchesContaining(shas: readonly string[], options: GitOptions): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>();
  const unique = [...new Set(shas)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    const r = await runGit(['name-rev', '--refs=refs/remotes/*', '--exclude=refs/remotes/*/HEAD', ...batch], options);
    if (r.code !== 0) {
      for (const sha of batch) result.set(sha, null);
      continue;
    }
    for (const line of r.stdout.split('\n')) {
      const [sha, name] = line.split(' ');
      if (!sha || !name) continue;
      result.set(sha, name === 'undefined' ? null : branchOf(name));
    }
  }
  return result;
}

/** `remotes/origin/main~3^2` → `origin/main`. */
function branchOf(nameRev: string): string {
  const cut = nameRev.search(/[~^]/);
  const ref = cut < 0 ? nameRev : nameRev.slice(0, cut);
  return ref.startsWith('remotes/') ? ref.slice('remotes/'.length) : ref;
}
