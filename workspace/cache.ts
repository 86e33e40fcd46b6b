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

/** In-memory cache: one entry per file (a hash and that file's findings, no text). */
export class MemoryScanCache implements ScanCache {
  private readonly entries = new Map<string, CacheEntry>();
  get(absolute: string): CacheEntry | undefined {
    return this.entries.get(absolute);
  }
  set(absolute: string, entry: CacheEntry): void {
    this.entries.set(absolute, entry);
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
