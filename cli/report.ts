// The CLI's result model: the stable JSON contract documented in the README.
import type { Severity } from '../engine';
import type { SkipReason } from './readText';

export interface ReportedFinding {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  provider: string;
  description: string;
  severity: Severity;
  fingerprint: string;
  masked: string;
}

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

export interface ScanReport {
  findings: ReportedFinding[];
  stats: {
    files: number;
    bytes: number;
    skipped: SkippedFile[];
    durationMs: number;
  };
}
