// Plain result shapes of a tree scan, shared by the CLI (its stable JSON contract) and the language server.
import type { Severity } from '../engine';
import type { Validity } from '../engine/verify';

export interface ReportedFinding {
  /** Path relative to the scan's base, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
  ruleId: string;
  provider: string;
  description: string;
  severity: Severity;
  fingerprint: string;
  masked: string;
  /** With `--verify`: what the provider said about the key, and when (masked endpoint, no value). */
  validity?: Validity;
  /** The other parts of a multi-part credential (key ID, client ID, user, host), each masked, in text order. */
  related?: ReportedPart[];
  /** In a Jupyter notebook, the value sits in the saved output of this cell (1-based, as the notebook shows them). */
  notebookOutput?: { cell: number };
}

export interface ReportedPart {
  /** What the part is: "access key ID". */
  label: string;
  /** 1-based, like the finding's own position. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  masked: string;
  envName: string;
}

/** `error`: the engine failed on this file (the scan goes on; the file is listed, never silently dropped). */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'error';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** One scanned (or skipped) file, streamed as soon as it is done. */
export interface FileResult {
  /** Display path (relative to the base). */
  file: string;
  absolute: string;
  bytes: number;
  findings: ReportedFinding[];
  skipped?: SkipReason;
  detail?: string;
  /** Content hash, when a cache is in use. */
  hash?: string;
  /** True when the findings came from the cache (content unchanged). */
  cached?: boolean;
  /** Custom rules stopped at the time budget on this file (then off for the rest of the scan). */
  ruleTimeouts?: { ruleId: string; index: number; configId: number }[];
}

/** A custom rule stopped at the per-file time budget: a problem of its config, the scan went on without it. */
export interface RuleTimeout {
  /** The config file (display path), or undefined for a config given in code. */
  config?: string;
  /** The rule's field in it, e.g. `rules[0].pattern`. */
  field: string;
  ruleId: string;
  /** The file it ran out of time on. */
  file: string;
  budgetMs: number;
}

export interface ScanProgress {
  filesDone: number;
  /** Files found so far; final once `walkComplete`. */
  filesTotal: number;
  walkComplete: boolean;
  bytes: number;
  /** Folder (display path) of the file most recently handed out. */
  currentFolder: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  durationMs: number;
  /** Present when a custom rule was stopped: the scan is incomplete for that rule. */
  ruleTimeouts?: RuleTimeout[];
}
