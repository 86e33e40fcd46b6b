import type { ScanReport } from './scanReport';

/** The stable contract: `{ findings: [...], stats: { files, bytes, skipped, durationMs } }`. */
export function formatJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
