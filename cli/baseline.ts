// A baseline: the findings a team has accepted for now, so CI fails only on new ones. It stores what the
// ignore list stores (fingerprint, rule, file), never a value. Paths are relative to the baseline file, so
// a scan from another directory still matches. A baselined secret is still a live credential: the report
// says how many were held back and that they need revoking.
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readSmallFile } from '../git/boundedRead';
import type { ReportedFinding, ScanReport } from '../report/scanReport';

/** A baseline holds a fingerprint and a path per known finding: 64 MB is hundreds of thousands. */
const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

export interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

const FINGERPRINT = /^[^:\s]+:[0-9a-f]{16}$/;

function toBaselinePath(baselineFile: string, scanBase: string, file: string): string {
  const abs = isAbsolute(file) ? file : resolve(scanBase, file);
  return relative(dirname(resolve(baselineFile)), abs)
    .split(sep)
    .join('/');
}

function keyOf(e: { fingerprint: string; file: string }): string {
  return `${e.fingerprint}\u0000${e.file}`;
}

export function readBaseline(path: string): Baseline {
  // A regular file under the size cap only (a FIFO or /dev/zero named as the baseline must not hang or fill memory).
  const read = readSmallFile(path, BASELINE_MAX_BYTES);
  if ('missing' in read) throw new BaselineError(`cannot read baseline ${path}: ENOENT`);
  if ('problem' in read) throw new BaselineError(`baseline ${path} ${read.problem}`);
  const { text } = read;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Newer engines quote the offending text in the message; keep only the position so no value leaks.
    const where = /position \d+(?: \(line \d+ column \d+\))?/.exec((e as Error).message)?.[0];
    throw new BaselineError(`baseline ${path} is not valid JSON${where ? ` at ${where}` : ''}`);
  }
  const d = data as { version?: unknown; findings?: unknown };
  if (typeof d !== 'object' || d === null || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineError(`baseline ${path} must be {"version": ${BASELINE_VERSION}, "findings": [...]}, as written by --write-baseline`);
  }
  const entries = d.findings.map((raw, i): BaselineEntry => {
    const e = raw as Partial<BaselineEntry>;
    if (typeof e?.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint) || typeof e.file !== 'string' || typeof e.ruleId !== 'string') {
      throw new BaselineError(`baseline ${path}: findings[${i}] needs "fingerprint" (rule:16 hex digits), "ruleId" and "file"`);
    }
    return { fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file };
  });
  return { path, entries };
}

/** Splits findings into new ones and those the baseline already holds (same value, same file). */
export function applyBaseline(findings: ReportedFinding[], baseline: Baseline, scanBase: string): { fresh: ReportedFinding[]; known: ReportedFinding[] } {
  const keys = new Set(baseline.entries.map(keyOf));
  const fresh: ReportedFinding[] = [];
  const known: ReportedFinding[] = [];
  for (const f of findings) (keys.has(keyOf({ fingerprint: f.fingerprint, file: toBaselinePath(baseline.path, scanBase, f.file) })) ? known : fresh).push(f);
  return { fresh, known };
}

/** The baseline's text: one entry per value and file, sorted, so it diffs well in review. */
export function baselineText(path: string, findings: ReportedFinding[], scanBase: string): string {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const entry = { fingerprint: f.fingerprint, ruleId: f.ruleId, file: toBaselinePath(path, scanBase, f.file) };
    byKey.set(keyOf(entry), entry);
  }
  const entries = [...byKey.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const body = {
    version: BASELINE_VERSION,
    about: 'Findings accepted for now by `hush scan --write-baseline`: `hush scan --baseline` reports only new ones. Each entry is still a live secret until it is revoked.',
    findings: entries,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

export function writeBaseline(path: string, findings: ReportedFinding[], scanBase: string): number {
  const text = baselineText(path, findings, scanBase);
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new BaselineError(`cannot write baseline ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return (JSON.parse(text) as { findings: unknown[] }).findings.length;
}

/** The report with known findings held back and counted (`--baseline FILE`). */
export function withBaseline(report: ScanReport, baselinePath: string, scanBase: string): ScanReport {
  const { fresh, known } = applyBaseline(report.findings, readBaseline(baselinePath), scanBase);
  return { ...report, findings: fresh, baseline: { file: baselinePath, known: known.length } };
}
