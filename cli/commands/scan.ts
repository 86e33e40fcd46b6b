// `hush scan [PATH...]`: a tree scan through workspace/, reported as text, JSON or SARIF.
// The staged scan (a pre-commit hook, where start-up time is the cost) loads none of the tree scan's
// modules (walk, worker pool): each branch imports what it needs.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { HushConfig } from '../../engine/config';
import type { ReportedFinding } from '../../workspace/types';
import { emitReport, parseFormat } from '../emit';
import { findConfigFile, loadConfig } from '../loadConfig';
import { sortFindings } from '../../report/scanReport';
import { parseCommandArgs, USAGE, UsageError } from '../usage';
import { withBaseline, writeBaseline } from '../baseline';
import { askYesNo, isInteractive, requireConsentPossible } from '../confirm';
import { reportRuleTimeouts, timeoutCollector } from '../ruleTimeouts';
import { isStreamInput, scanStreamInput } from '../streamInputs';
import { DEFAULT_MAX_FILE_BYTES } from '../../workspace/readFile';
import type { FileResult, ScanStats } from '../../workspace/types';

export async function scanCommand(args: string[], version: string): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      staged: { type: 'boolean', default: false },
      'no-gitignore': { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
      threads: { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      verify: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      recheck: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = parseFormat(values.format!);
  if (values.verify) {
    if (values.staged || values['write-baseline'] !== undefined) throw new UsageError('--verify checks the keys of a tree scan: run it without --staged or --write-baseline');
    requireConsentPossible(values.yes!, isInteractive());
  } else if (values.yes || values.recheck) throw new UsageError('--yes and --recheck go with --verify');
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) throw new UsageError('--baseline and --write-baseline do not go together: write a new baseline, or scan against one');
  if (values.staged) {
    if (positionals.length > 0) throw new UsageError('--staged scans the git index; it takes no paths');
    if (values['write-baseline'] !== undefined) throw new UsageError('--write-baseline records a tree scan: run it without --staged');
    const { stagedCommand } = await import('./staged');
    return stagedCommand({ format, output: values.output, config: values.config, version, baseline: values.baseline });
  }
  let maxFileBytes: number | undefined;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('--max-file-size must be a positive number of megabytes');
    maxFileBytes = Math.round(mb * 1048576);
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError('--threads must be a whole number from 1 to 64');
  }
  const paths = positionals.length > 0 ? positionals : ['.'];
  for (const p of paths) if (p !== '-' && !existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
  // Standard input, FIFOs and devices are read whole (bounded) and scanned as files; the rest is walked.
  const streams = paths.filter(isStreamInput);
  const trees = paths.filter((p) => !streams.includes(p));

  const configPath = values.config ?? findConfigFile(trees[0] ?? '.');
  const { config } = loadConfig(configPath);
  // Without --config, each file gets the nearest config at or above it (as in the editor); a malformed
  // nested config stops the scan (exit 2) like a malformed root config. --config forces one for all.
  const nested: HushConfig[] = [];
  const nestedConfig =
    values.config === undefined
      ? (file: string) => {
          const c = loadConfig(file).config;
          nested.push(c);
          return c;
        }
      : undefined;
  // Excludes are relative to the config's folder; what the report shows, to the working directory.
  const base = configPath ? dirname(resolve(configPath)) : process.cwd();
  const shownFrom = process.cwd();
  const tty = process.stderr.isTTY === true;
  const findings: ReportedFinding[] = [];
  const started = Date.now();
  const streamed: FileResult[] = [];
  const stopped = timeoutCollector(configPath, (path) => path ?? '');
  if (streams.length > 0) {
    const { makeScanner } = await import('../../workspace/scanFile');
    const scanner = makeScanner(config, stopped.onRuleTimeout);
    for (const p of streams) streamed.push(await scanStreamInput(p, scanner, maxFileBytes ?? DEFAULT_MAX_FILE_BYTES));
  }
  const { scanWorkspace } = await import('../../workspace/scanWorkspace');
  const summary: { stats: ScanStats } =
    trees.length === 0
      ? { stats: { files: 0, bytes: 0, skipped: [], durationMs: 0 } }
      : await scanWorkspace(trees, {
          config,
          configFile: configPath,
          nestedConfig,
          base,
          displayBase: shownFrom,
          gitignore: !values['no-gitignore'],
          maxFileBytes,
          threads,
          onFile: (r) => {
            for (const f of r.findings) findings.push(f);
          },
          onProgress: tty
            ? (p) => {
                const total = p.walkComplete ? `/${p.filesTotal}` : '';
                process.stderr.write(`\r\x1b[2KScanning… ${p.filesDone}${total} files, ${(p.bytes / 1048576).toFixed(1)} MB  ${p.currentFolder.slice(-50)}`);
              }
            : undefined,
        });
  if (tty) process.stderr.write('\r\x1b[2K');
  for (const r of streamed) {
    if (r.skipped) summary.stats.skipped.push({ file: r.file, reason: r.skipped });
    else {
      summary.stats.files++;
      summary.stats.bytes += r.bytes;
      findings.push(...r.findings);
    }
  }
  if (stopped.timeouts.length > 0) summary.stats.ruleTimeouts = [...(summary.stats.ruleTimeouts ?? []), ...stopped.timeouts];
  if (trees.length === 0) summary.stats.durationMs = Date.now() - started;
  summary.stats.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let reported = sortFindings(findings);
  if (values.verify) reported = await liveCheck(reported, { base, config, yes: values.yes!, recheck: values.recheck! });
  const report = { findings: reported, stats: summary.stats };
  const writeTo = values['write-baseline'];
  if (writeTo !== undefined) {
    const n = writeBaseline(writeTo, report.findings, shownFrom);
    process.stdout.write(`hush: ${n} finding${n === 1 ? '' : 's'} written to ${writeTo}; \`hush scan --baseline ${writeTo}\` now reports only new ones. Each is still a live secret until revoked.\n`);
    return 0;
  }
  // SARIF describes the rules that fired, nested configs' custom rules included.
  const ruleSource = nested.length === 0 ? config : { ...config, disabledRules: [], rules: [...new Map([config, ...nested].flatMap((c) => c.rules).map((r) => [r.id, r])).values()] };
  const code = emitReport(values.baseline !== undefined ? withBaseline(report, values.baseline, shownFrom) : report, format, values.output, ruleSource, version);
  return reportRuleTimeouts(summary.stats.ruleTimeouts, code);
}

/** `--verify`: the findings with what their providers say, after the requests were shown and confirmed. */
async function liveCheck(findings: ReportedFinding[], o: { base: string; config: HushConfig; yes: boolean; recheck: boolean }): Promise<ReportedFinding[]> {
  const [{ verifyFindings }, { LiveChecker, ValidityCache, defaultCachePath }, { makeScanner }] = await Promise.all([import('../liveCheck'), import('../../verify'), import('../../workspace/scanFile')]);
  return verifyFindings(findings, {
    base: o.base,
    scanner: makeScanner(o.config),
    checker: new LiveChecker({ cache: new ValidityCache(defaultCachePath()) }),
    recheck: o.recheck,
    confirm: (plans) => (o.yes ? Promise.resolve(true) : askYesNo(`Send ${plans.length === 1 ? 'this request' : `these ${plans.length} requests`}?`)),
    log: (line) => process.stderr.write(line + '\n'),
  });
}
