// Reduces a history scan to one hit per secret value: the commit that first introduced it.
import { scanHistory, type HistoryHit, type HistoryScanOptions, type HistoryScanStats } from './historyScan';

export interface FirstHits {
  /** Value hash → the oldest commit that added it. */
  hits: Map<string, HistoryHit>;
  stats: HistoryScanStats;
}

/** `git log --date-order` lists children before parents, so within one walk the last hit seen is the oldest. */
export async function collectFirstHits(options: HistoryScanOptions): Promise<FirstHits> {
  const hits = new Map<string, HistoryHit>();
  const stats = await scanHistory(options, (hit) => {
    const seen = hits.get(hit.valueHash);
    // Several files of the same commit: keep the first one listed.
    if (seen && seen.commit.sha === hit.commit.sha) return;
    hits.set(hit.valueHash, hit);
  });
  return { hits, stats };
}

/** Merges a later walk (new commits only) into an index: a known value keeps its commit unless the new one is older. */
export function mergeFirstHits(into: Map<string, HistoryHit>, newer: Map<string, HistoryHit>): void {
  for (const [hash, hit] of newer) {
    const seen = into.get(hash);
    if (!seen || hit.commit.date < seen.commit.date) into.set(hash, hit);
  }
}
