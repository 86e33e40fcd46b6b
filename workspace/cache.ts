// Incremental re-scans: findings remembered per file with the hash of the content they came from. A file
// whose content hash is unchanged is read and hashed but not rescanned. The caller clears the cache when
// the config changes (different rules, different findings).
import type { ReportedFinding } from './types';

export interface CacheEntry {
  hash: string;
  findings: ReportedFinding[];
}

export interface ScanCache {
  get(absolute: string): CacheEntry | undefined;
  set(absolute: string, entry: CacheEntry): void;
  delete(absolute: string): void;
}

/** Files remembered at most (about 15 MB): beyond it the oldest entries go, and those files are simply rescanned. */
export const MAX_CACHE_ENTRIES = 200_000;

const NO_FINDINGS: ReportedFinding[] = [];

/**
 * In-memory cache: one entry per file (a hash and that file's findings, no text). Most files have no
 * findings, so those are kept as the bare hash string (no entry object, no array): the per-file cost is
 * the path and the hash. Bounded by `maxEntries` so a huge tree cannot grow it without limit.
 */
export class MemoryScanCache implements ScanCache {
  private readonly entries = new Map<string, string | CacheEntry>();

  constructor(private readonly maxEntries = MAX_CACHE_ENTRIES) {}

  get(absolute: string): CacheEntry | undefined {
    const e = this.entries.get(absolute);
    return typeof e === 'string' ? { hash: e, findings: NO_FINDINGS } : e;
  }
  set(absolute: string, entry: CacheEntry): void {
    // Re-inserted so eviction (Map order) drops the entries written longest ago first.
    this.entries.delete(absolute);
    this.entries.set(absolute, entry.findings.length === 0 ? entry.hash : entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
  delete(absolute: string): void {
    this.entries.delete(absolute);
  }
  clear(): void {
    this.entries.clear();
  }
  get size(): number {
    return this.entries.size;
  }
}
