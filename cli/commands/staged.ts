// `hush scan --staged`: scans what is about to be committed, the staged blobs from the index (not the
// working tree), and reports findings on the lines the commit adds. A secret already committed on an
// untouched line does not block every later commit: it is an incident for `hush scan` / the editor,
// while the hook's job is to stop new ones.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ignore from 'ignore';
import type { HushConfig } from '../../engine/config';
import { decodings, DEFAULT_MAX_FILE_BYTES } from '../../workspace/readFile';
import { toReported } from '../../workspace/reported';
import { makeScanner } from '../../workspace/scanFile';
import type { ReportedFinding } from '../../workspace/types';
import { emitReport, exitCodeFor, type Format } from '../emit';
import { formatStagedText } from '../../report/stagedTable';
import { stagedBlobs, stagedChanges, type Blob, type StagedChange } from '../../git/stagedDiff';
import { findConfigFile, loadConfig } from '../loadConfig';
import { sortFindings, type ScanReport } from '../../report/scanReport';
import { withBaseline } from '../baseline';
import { reportRuleTimeouts, timeoutCollector } from '../ruleTimeouts';

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

export async function scanStaged(options: { config: HushConfig; cwd?: string; configPath?: string }): Promise<ScanReport> {
  const started = Date.now(); // not performance.now(): that loads perf_hooks, a few ms of a hook run
  const report: ScanReport = { findings: [], stats: { files: 0, bytes: 0, skipped: [], durationMs: 0 } };
  const excluded = ignore().add(options.config.exclude);
  const changes: StagedChange[] = [];
  // Streamed: content past the size limit is dropped as it passes, never buffered.
  for (const c of await stagedChanges(options.cwd, DEFAULT_MAX_FILE_BYTES)) {
    if (!excluded.ignores(c.path)) changes.push(c);
  }
  if (changes.length === 0) return report;
  const stopped = timeoutCollector(options.configPath, (path) => path ?? '');
  report.stats.ruleTimeouts = stopped.timeouts;
  const scanner = makeScanner(options.config, stopped.onRuleTimeout);
  // The diff carries each file's staged content; the index is read only for what it could not give whole.
  const unread = changes.filter((c) => c.content === undefined && !c.gitlink && !c.tooLarge);
  const fromIndex = new Map(
    stagedBlobs(
      unread.map((c) => c.path),
      options.cwd,
      DEFAULT_MAX_FILE_BYTES,
    ).map((b) => [b.path, b]),
  );
  changes.forEach((change) => {
    if (change.gitlink) return;
    const blob: Blob = change.tooLarge
      ? { path: change.path, tooLarge: true }
      : change.content !== undefined
        ? { path: change.path, content: change.content }
        : (fromIndex.get(change.path) ?? { path: change.path, missing: true });
    if ('missing' in blob) {
      report.stats.skipped.push({ file: blob.path, reason: 'unreadable', detail: 'not in the index' });
      return;
    }
    if ('tooLarge' in blob) {
      report.stats.skipped.push({ file: blob.path, reason: 'too-large' });
      return;
    }
    const texts = decodings(blob.content);
    if (texts === undefined) {
      report.stats.skipped.push({ file: blob.path, reason: 'binary' });
      return;
    }
    report.stats.files++;
    report.stats.bytes += blob.content.length;
    // A UTF-16 mark may lie: such a file is scanned in both readings (readFile.ts).
    for (const text of texts) {
      for (const f of toReported(blob.path, text, scanner.scan(text, { path: blob.path }))) {
        if (onAddedLine(f, change.added)) report.findings.push(f);
      }
    }
  });
  sortFindings(report.findings);
  if (stopped.timeouts.length === 0) delete report.stats.ruleTimeouts;
  report.stats.durationMs = Date.now() - started;
  return report;
}

/** Staged files that could not be read: a commit must not pass because of them. */
function unreadableStaged(report: ScanReport): string[] {
  return report.stats.skipped.filter((s) => s.reason === 'unreadable').map((s) => s.file);
}

export async function stagedCommand(options: StagedOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const configPath = options.config ?? findConfigFile(cwd);
  const { config } = loadConfig(configPath && resolve(configPath));
  const scanned = await scanStaged({ config, cwd, configPath });
  const report = options.baseline !== undefined ? withBaseline(scanned, options.baseline, cwd) : scanned;
  if (options.format !== 'text') return blockOnUnreadable(report, reportRuleTimeouts(report.stats.ruleTimeouts, emitReport(report, options.format, options.output, config, options.version)));
  const color = options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = formatStagedText(report, color);
  if (options.output) writeFileSync(options.output, text);
  else process.stdout.write(text);
  return blockOnUnreadable(report, reportRuleTimeouts(report.stats.ruleTimeouts, exitCodeFor(report.findings)));
}

/** An unreadable staged file blocks the commit (exit 2, named): what was not read cannot be called clean. */
function blockOnUnreadable(report: ScanReport, code: number): number {
  const unread = unreadableStaged(report);
  if (unread.length === 0) return code;
  process.stderr.write(`hush: ${unread.length} staged file${unread.length === 1 ? '' : 's'} could not be read, so the commit is blocked: ${unread.map((f) => JSON.stringify(f)).join(', ')}\n`);
  return Math.max(code, 2);
}
