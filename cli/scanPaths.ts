// Scans files and directories into a ScanReport: walk → read (skip binaries, oversized) → engine.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { createScanner, LineIndex, type Finding, type HushConfig, type Scanner } from '../engine';
import { DEFAULT_MAX_FILE_BYTES, readText } from './readText';
import type { ReportedFinding, ScanReport } from './report';
import { walkFiles } from './walk';

export interface ScanPathsOptions {
  config: HushConfig;
  /** Directory that paths in the report are relative to (the config's directory or cwd). */
  base: string;
  gitignore?: boolean;
  maxFileBytes?: number;
  onProgress?(files: number, bytes: number): void;
}

export function makeScanner(config: HushConfig): Scanner {
  return createScanner({ config, pathMatches: (pattern, path) => ignore().add(pattern).ignores(path) });
}

export function toReported(file: string, text: string, findings: Finding[]): ReportedFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    return {
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      ruleId: f.ruleId,
      provider: f.provider,
      description: f.description,
      severity: f.severity,
      fingerprint: f.fingerprint,
      masked: f.masked,
    };
  });
}

export function scanPaths(paths: readonly string[], options: ScanPathsOptions): ScanReport {
  const started = performance.now();
  const scanner = makeScanner(options.config);
  const report: ScanReport = { findings: [], stats: { files: 0, bytes: 0, skipped: [], durationMs: 0 } };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const p of paths) {
    const root = resolve(p);
    const rootIsFile = statSync(root).isFile();
    const exclude = options.config.exclude;
    for (const file of walkFiles(root, { exclude: rootIsFile ? [] : exclude, gitignore: options.gitignore })) {
      const display = relative(options.base, file.absolute).split(sep).join('/') || file.relative;
      const read = readText(file.absolute, maxBytes);
      if ('skipped' in read) {
        report.stats.skipped.push({ file: display, reason: read.skipped, detail: read.error });
        continue;
      }
      report.stats.files++;
      report.stats.bytes += read.bytes;
      const findings = scanner.scan(read.text, { path: display });
      report.findings.push(...toReported(display, read.text, findings));
      options.onProgress?.(report.stats.files, report.stats.bytes);
    }
  }
  report.stats.durationMs = Math.round(performance.now() - started);
  return report;
}
