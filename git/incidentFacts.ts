// Facts an incident report records before history is rewritten: which remote-tracking branches and tags
// hold the commit that added a secret, and which remotes this clone pushes to. Remote URLs lose any
// user:password part (a token in a clone URL is a leak of its own).
import { runGit, type GitOptions } from './exec';

export interface RemoteInfo {
  name: string;
  url: string;
}

/** Remote-tracking branches (`origin/main`) and tags that contain the commit. */
export async function refsContaining(sha: string, options: GitOptions): Promise<{ remoteBranches: string[]; tags: string[] }> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { remoteBranches: [], tags: [] };
  const r = await runGit(['for-each-ref', `--contains=${sha}`, '--format=%(refname)', 'refs/remotes', 'refs/tags'], options);
  const remoteBranches: string[] = [];
  const tags: string[] = [];
  if (r.code !== 0) return { remoteBranches, tags };
  for (const ref of r.stdout.split('\n')) {
    if (ref.startsWith('refs/remotes/') && !ref.endsWith('/HEAD')) remoteBranches.push(ref.slice('refs/remotes/'.length));
    else if (ref.startsWith('refs/tags/')) tags.push(ref.slice('refs/tags/'.length));
  }
  return { remoteBranches, tags };
}

/** The clone's remotes with their fetch URLs, credentials removed. */
export async function remotesOf(options: GitOptions): Promise<RemoteInfo[]> {
  const r = await runGit(['remote', '-v'], options);
  if (r.code !== 0) return [];
  const out = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^(\S+)\s+(\S+)\s+\(fetch\)$/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, withoutCredentials(m[2]!));
  }
  return [...out].map(([name, url]) => ({ name, url }));
}

/** `https://user:token@host/x` → `https://***@host/x`; scp-like `git@host:x` stays (no secret in it). */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, (_, scheme: string) => `${scheme}***@`);
}
