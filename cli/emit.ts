// Writes a finished scan report (tree or staged scan) in the chosen format; returns the exit code.
import { childProcess } from '../git/childProcess';
import { writeFileSync } from 'node:fs';
import type { HushConfig } from '../engine/config';
import { formatJson } from '../report/json';
import { toSarif } from '../report/sarif';
import { toGitLabReport, UNKNOWN_COMMIT } from '../report/gitlab';
import { formatText } from '../report/text';
import type { ScanReport } from '../report/scanReport';
import { UsageError } from './usage';
import { exitCodeFor } from './exitCode';

export type Format = 'text' | 'json' | 'sarif' | 'gitlab';

export function parseFormat(value: string): Format {
  if (value !== 'text' && value !== 'json' && value !== 'sarif' && value !== 'gitlab') throw new UsageError(`--format must be text, json, sarif or gitlab (got "${value}")`);
  return value;
}

/** The commit a GitLab report names: GitLab CI's own variable, else HEAD of the repository here, else none. */
function scannedCommit(): string {
  const fromCi = process.env.CI_COMMIT_SHA?.trim();
  if (fromCi && /^[0-9a-f]{7,64}$/i.test(fromCi)) return fromCi;
  const r = childProcess().spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8', timeout: 10_000, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  const sha = r.status === 0 ? r.stdout.trim() : '';
  return /^[0-9a-f]{7,64}$/.test(sha) ? sha : UNKNOWN_COMMIT;
}

export { exitCodeFor } from './exitCode';

/** Writes the report in the chosen format; the exit code of exitCodeFor. */
/** The rules a scan with this config runs (SARIF and GitLab list them); the engine is loaded only for these formats. */
function scannerRules(config: HushConfig) {
  const { makeScanner } = require('../workspace/scanFile') as typeof import('../workspace/scanFile');
  return makeScanner(config).rules;
}

export function emitReport(report: ScanReport, format: Format, output: string | undefined, config: HushConfig, version: string): number {
  const out =
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? JSON.stringify(toSarif(report, scannerRules(config), version), null, 2) + '\n'
        : format === 'gitlab'
          ? JSON.stringify(toGitLabReport(report, { rules: scannerRules(config), version, commit: scannedCommit(), endedAt: new Date() }), null, 2) + '\n'
          : formatText(report, output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (output) writeFileSync(output, out);
  else process.stdout.write(out);
  return exitCodeFor(report.findings);
}
