// A history scan's unit of work: the added text of several (commit, file) pairs, scanned on this thread or on
// a scan worker's (workspace/scanWorker.ts). Only texts, paths and subjects cross to a worker; the line maps
// that place a finding in its file stay with the caller.
import type { CustomRuleTimeout, Finding, Scanner } from '../engine';

export interface HistoryBatch {
  texts: string[];
  /** The path each text was added to. */
  paths: string[];
  /** Index into `subjects` of each text's commit. */
  commits: number[];
  /** The subjects of the commits the texts belong to: each is scanned only when its commit has a finding. */
  subjects: string[];
  /** Honour inline suppression comments. */
  suppressions: boolean;
}

export interface HistoryBatchResult {
  /** Each text's findings, in the batch's order. */
  findings: Finding[][];
  /** Each subject masked, for the commits with a finding here; undefined for the others. */
  subjects: (string | undefined)[];
  /** Custom rules stopped at their time budget while scanning this batch (worker scans). */
  ruleTimeouts?: CustomRuleTimeout[];
}

/** A commit subject can hold a secret too ("add key sk_live_…"): show it masked. */
export function redactText(scanner: Scanner, text: string): string {
  const findings = scanner.scan(text, { suppressions: false });
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.masked + out.slice(f.end);
  return out;
}

/** Scans a batch on this thread. Subjects of commits without findings are never scanned: no report shows them. */
export function scanHistoryBatch(scanner: Scanner, batch: HistoryBatch): HistoryBatchResult {
  const findings = batch.texts.map((text, i) => scanner.scan(text, { suppressions: batch.suppressions, path: batch.paths[i] }));
  const subjects: (string | undefined)[] = new Array(batch.subjects.length);
  findings.forEach((found, i) => {
    const k = batch.commits[i]!;
    if (found.length > 0 && subjects[k] === undefined) subjects[k] = redactText(scanner, batch.subjects[k]!);
  });
  return { findings, subjects };
}
