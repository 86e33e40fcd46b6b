// `hush scan --staged`: scans what is about to be committed, the staged blobs from the index (not the
// working tree), and reports findings on the lines the commit adds. A secret already committed on an
// untouched line does not block every later commit: it is an incident for `hush scan` / the editor,
// while the hook's job is to stop new ones.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ignore from 'ignore';
import type { HushConfig } from '../../engine/config';
import { decode, DEFAULT_MAX_FILE_BYTES } from '../../workspace/readFile';
import { toReported } from '../../workspace/reported';
import { makeScanner } from '../../workspace/scanFile';
import type { ReportedFinding } from '../../workspace/types';
import { emitReport, type Format } from '../emit';
import { formatStagedText } from '../../report/stagedTable';
import { stagedBlobs, stagedChanges, type Blob, type StagedChange } from '../../git/stagedDiff';
import { findConfigFile, loadConfig } from '../loadConfig';
import { sortFindings, type ScanReport } from '../../report/scanReport';
import { withBaseline } from '../baseline';

export interface StagedOptions {
  format: Format;
  output?: string;
  config?: string;
  version: string;
  cwd?: string;
  /** `--baseline FILE`: known findings are held back. */
  baseline?: string;
}

/** The value or any other part of its credential lies on a line the commit adds. */
function onAddedLine(f: ReportedFinding, added: readonly [number, number][]): boolean {
  return [f, ...(f.related ?? [])].some((s) => added.some(([first, last]) => s.line <= last && s.endLine >= first));
}

export function scanStaged(options: { config: HushConfig; cwd?: string }): ScanReport {
  const started = Date.now(); // not performance.now(): that loads perf_hooks, a few ms of a hook run
  const report: ScanReport = { findings: [], stats: { files: 0, bytes: 0, skipped: [], durationMs: 0 } };
  const excluded = ignore().add(options.config.exclude);
  const changes: StagedChange[] = [];
  for (const c of stagedChanges(options.cwd)) {
    if (c.path.includes('\n')) report.stats.skipped.push({ file: c.path, reason: 'unreadable', detail: 'newline in path' });
    else if (!excluded.ignores(c.path)) changes.push(c);
  }
  if (changes.length === 0) return report;
  const scanner = makeScanner(options.config);
  // The diff carries each file's staged content; the index is read only for what it could not give whole.
  const unread = changes.filter((c) => c.content === undefined && !c.gitlink);
  const fromIndex = new Map(stagedBlobs(unread.map((c) => c.path), options.cwd).map((b) => [b.path, b]));
  changes.forEach((change) => {
    const blob: Blob = change.content !== undefined ? { path: change.path, content: change.content } : (fromIndex.get(change.path) ?? { path: change.path, missing: true });
    if ('missing' in blob) {
      report.stats.skipped.push({ file: blob.path, reason: 'unreadable', detail: 'not in the index' });
      return;
    }
    if (blob.content.length > DEFAULT_MAX_FILE_BYTES) {
      report.stats.skipped.push({ file: blob.path, reason: 'too-large' });
      return;
    }
    const text = decode(blob.content);
    if (text === undefined) {
      report.stats.skipped.push({ file: blob.path, reason: 'binary' });
      return;
    }
    report.stats.files++;
    report.stats.bytes += blob.content.length;
    for (const f of toReported(blob.path, text, scanner.scan(text, { path: blob.path }))) {
      if (onAddedLine(f, change.added)) report.findings.push(f);
    }
  });
  sortFindings(report.findings);
  report.stats.durationMs = Date.now() - started;
  return report;
}

export function stagedCommand(options: StagedOptions): number {
  const cwd = options.cwd ?? process.cwd();
  const configPath = options.config ?? findConfigFile(cwd);
  const { config } = loadConfig(configPath && resolve(configPath));
  const scanned = scanStaged({ config, cwd });
  const report = options.baseline !== undefined ? withBaseline(scanned, options.baseline, cwd) : scanned;
  if (options.format !== 'text') return emitReport(report, options.format, options.output, config, options.version);
  const color = options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = formatStagedText(report, color);
  if (options.output) writeFileSync(options.output, text);
  else process.stdout.write(text);
  return report.findings.length > 0 ? 1 : 0;
}
