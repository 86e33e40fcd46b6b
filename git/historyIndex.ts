// The history index behind incident status: value hash → first commit, kept current incrementally.
// Built once per repository with a full walk of HEAD and the remote-tracking branches; afterwards only
// commits that appeared since are scanned. A rewrite (reset, rebase, deleted branch) that drops commits
// rebuilds it, so a secret that only lived in abandoned commits is no longer reported.
import type { Scanner } from '../engine';
import { findRepoRoot } from './exec';
import { collectFirstHits, mergeFirstHits } from './firstHits';
import { valueHashOf, type HistoryHit, type HistoryScanStats } from './historyScan';
import type { CommitHeader } from './patchParser';
import { allReachable, readTips, remoteBranchesContaining, sameTips, tipCommits, type Tips } from './refs';

export type SecretStatus =
  { state: 'uncommitted' } | { state: 'committed'; commit: CommitHeader; path: string; line: number } | { state: 'pushed'; commit: CommitHeader; path: string; line: number; remoteBranch: string };

export interface HistoryIndexOptions {
  scanner: Scanner;
  /** Decides whether a path's history is scanned (config excludes). Default: every path. */
  scanPath?(path: string): boolean;
  /** Honour inline suppressions in history (default false: a value committed with a suppression is still committed). */
  suppressions?: boolean;
  /** Tips are re-read at most this often unless a refresh is forced (default 1000 ms). */
  tipsMaxAgeMs?: number;
  gitPath?: string;
  /** Injected clock (tests). */
  now?(): number;
}

export interface RefreshResult {
  kind: 'unchanged' | 'incremental' | 'full';
  stats?: HistoryScanStats;
}

export class HistoryIndex {
  private hits = new Map<string, HistoryHit>();
  private tips: Tips = { remotes: new Map() };
  private tipsReadAt = -Infinity;
  private built = false;
  private refreshing: Promise<RefreshResult> | undefined;
  private readonly statusCache = new Map<string, SecretStatus>();
  private readonly pushedCache = new Map<string, string | null>();
  private readonly now: () => number;
  private readonly abort = new AbortController();

  private constructor(
    readonly root: string,
    private readonly options: HistoryIndexOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The index for the repository containing `dir`, or undefined outside git (no incident path there). */
  static async open(dir: string, options: HistoryIndexOptions): Promise<HistoryIndex | undefined> {
    const root = await findRepoRoot(dir, { gitPath: options.gitPath });
    return root ? new HistoryIndex(root, options) : undefined;
  }

  /** Brings the index up to date with HEAD and the remote-tracking branches. Concurrent calls share one run. */
  refresh(force = false): Promise<RefreshResult> {
    if (!force && this.built && this.now() - this.tipsReadAt < (this.options.tipsMaxAgeMs ?? 1000)) {
      return this.refreshing ?? Promise.resolve({ kind: 'unchanged' });
    }
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<RefreshResult> {
    const git = this.git();
    const tips = await readTips(git);
    this.tipsReadAt = this.now();
    if (this.built && sameTips(tips, this.tips)) return { kind: 'unchanged' };
    const oldCommits = tipCommits(this.tips);
    const newCommits = tipCommits(tips);
    const incremental = this.built && (await allReachable(oldCommits, newCommits, git));
    const walk = await collectFirstHits({
      cwd: this.root,
      scanner: this.options.scanner,
      include: newCommits,
      exclude: incremental ? oldCommits : [],
      scanPath: this.options.scanPath,
      suppressions: this.options.suppressions ?? false,
      gitPath: this.options.gitPath,
      signal: this.abort.signal,
    });
    if (incremental) mergeFirstHits(this.hits, walk.hits);
    else this.hits = walk.hits;
    const remotesChanged = !sameRemotes(tips, this.tips);
    this.tips = tips;
    this.built = true;
    this.statusCache.clear();
    if (remotesChanged) this.pushedCache.clear();
    return { kind: incremental ? 'incremental' : 'full', stats: walk.stats };
  }

  private git() {
    return { cwd: this.root, gitPath: this.options.gitPath, signal: this.abort.signal };
  }

  /** Stops any git process this index runs (the server is shutting down). */
  dispose(): void {
    this.abort.abort();
  }

  /** The first commit that added this finding's value, if any (without refreshing). */
  firstHit(fingerprint: string): HistoryHit | undefined {
    return this.hits.get(valueHashOf(fingerprint));
  }

  get size(): number {
    return this.hits.size;
  }

  /** Uncommitted, committed or pushed, for one finding's fingerprint. Cached until HEAD or a remote ref moves. */
  async status(fingerprint: string): Promise<SecretStatus> {
    return (await this.statuses([fingerprint]))[0]!;
  }

  /** Statuses for several fingerprints with at most one refresh and one `git name-rev`. */
  async statuses(fingerprints: readonly string[]): Promise<SecretStatus[]> {
    await this.refresh();
    const missing = fingerprints.filter((fp) => !this.statusCache.has(valueHashOf(fp)));
    if (missing.length > 0) {
      const hits = missing.map((fp) => this.firstHit(fp));
      const unknown = hits.filter((h): h is HistoryHit => h !== undefined && !this.pushedCache.has(h.commit.sha));
      if (unknown.length > 0) {
        const branches = await remoteBranchesContaining(
          unknown.map((h) => h.commit.sha),
          this.git(),
        );
        for (const h of unknown) this.pushedCache.set(h.commit.sha, branches.get(h.commit.sha) ?? null);
      }
      missing.forEach((fp, i) => this.statusCache.set(valueHashOf(fp), statusOf(hits[i], this.pushedCache)));
    }
    return fingerprints.map((fp) => this.statusCache.get(valueHashOf(fp))!);
  }
}

function statusOf(hit: HistoryHit | undefined, pushed: Map<string, string | null>): SecretStatus {
  if (!hit) return { state: 'uncommitted' };
  const base = { commit: hit.commit, path: hit.path, line: hit.line };
  const remoteBranch = pushed.get(hit.commit.sha);
  return remoteBranch ? { state: 'pushed', ...base, remoteBranch } : { state: 'committed', ...base };
}

function sameRemotes(a: Tips, b: Tips): boolean {
  return sameTips({ remotes: a.remotes }, { remotes: b.remotes });
}
