// Writes a finished scan report (tree or staged scan) in the chosen format; returns the exit code.
import { writeFileSync } from 'node:fs';
import type { HushConfig } from '../engine/config';
import { makeScanner } from '../workspace/scanFile';
import { formatJson } from '../report/json';
import { toSarif } from '../report/sarif';
import { formatText } from '../report/text';
import type { ScanReport } from '../report/scanReport';
import { UsageError } from './usage';

export type Format = 'text' | 'json' | 'sarif';

export function parseFormat(value: string): Format {
  if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got "${value}")`);
  return value;
}

/**
 * 1 when anything but information-level notes was found, else 0: public-by-design identifiers (a Sentry DSN, a
 * browser Maps key) are shown but never fail a scan or a hook.
 */
export function exitCodeFor(findings: readonly { severity: string }[]): number {
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}

/** Writes the report in the chosen format; the exit code of exitCodeFor. */
export function emitReport(report: ScanReport, format: Format, output: string | undefined, config: HushConfig, version: string): number {
  const out =
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? JSON.stringify(toSarif(report, makeScanner(config).rules, version), null, 2) + '\n'
        : formatText(report, output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (output) writeFileSync(output, out);
  else process.stdout.write(out);
  return exitCodeFor(report.findings);
}
