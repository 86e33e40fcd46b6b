// The CLI's result model: the stable JSON contract documented in docs/cli.md.
import type { ReportedFinding, ScanStats } from '../workspace';

export type { ReportedFinding, SkippedFile } from '../workspace';

export interface ScanReport {
  findings: ReportedFinding[];
  stats: ScanStats;
  /** With `--baseline`: the baseline file and how many known findings it held back. */
  baseline?: { file: string; known: number };
}

/** Report order is stable whatever order parallel workers finished in: by file, then position. */
export function sortFindings(findings: ReportedFinding[]): ReportedFinding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
