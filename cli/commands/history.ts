// `hush scan --history [--since REV] [PATH]`: every secret ever added to the repository's history, once,
// with the commit that introduced it and whether that commit is pushed. Exit 0 clean, 1 found, 2 error.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { findHistoryRepo, runGit } from '../../git/exec';
import { collectFirstHits } from '../../git/firstHits';
import type { HistoryBatchScanner, HistoryHit } from '../../git/historyScan';
import { HEAD_REVISION, remoteBranchesContaining, TIP_REVISIONS } from '../../git/refs';
import { findConfigFile, loadConfig } from '../loadConfig';
import { parseCommandArgs, UsageError } from '../usage';
import { exitCodeFor } from '../exitCode';
import { reportRuleTimeouts, timeoutCollector } from '../ruleTimeouts';
import { scannerInSlices } from '../scannerInSlices';
import { reportedFinding } from '../../workspace/reported';
import { defaultWorkerScript, ScanPool } from '../../workspace/pool';
import { DEFAULT_MAX_FILE_BYTES } from '../../workspace/readFile';
import type { Scanner } from '../../engine/detect/scan';
import type { HushConfig } from '../../engine/config';
import { formatHistoryJson, formatHistoryText, historySarif, type HistoryFinding, type HistoryReport } from '../../report/history';

/** Runs `hush scan --history …` (argv without the `scan` word) and returns the exit code. */
export async function historyCommand(args: readonly string[], version: string): Promise<number> {
  const parsed = parseCommandArgs({
    args: args.filter((a) => a !== '--history'),
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      threads: { type: 'string' },
    },
  });
  const { values, positionals } = parsed;
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  if (positionals.length > 1) throw new UsageError('--history scans one repository: give at most one PATH');
  const target = resolve(positionals[0] ?? '.');
  if (values.since?.startsWith('-')) throw new UsageError(`--since needs a revision (got "${values.since}")`);
  // Workers only when asked for: each starts its own bundle and engine (~0.7 s of CPU), and on two shared cores that
  // cost more than it saved (issue 22, docs/benchmarks.md); one thread by default.
  const threads = values.threads === undefined ? 1 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError('--threads must be a whole number from 1 to 64');
  // What reads the repository's top and the config (scanned paths, the engine) waits for them. git needs neither to
  // start the log of HEAD and the remote branches, so without --since the log starts first; --since's revision
  // (excluded on git's input) is known before, and a target that is no directory gets the setup's error.
  const setup = historySetup(target, positionals[0] ?? '.', values.since, values.config);
  let context: HistorySetup | undefined;
  const ready = setup.then((s) => (context = s));
  if (values.since !== undefined || !statSync(target, { throwIfNoEntry: false })?.isDirectory()) await ready;
  // The engine (its ~1,150 rules) is built here a part at a time while git is already writing the log; each scan
  // worker builds its own once they take over (this thread then only parses the log and places the findings).
  let built: Promise<Scanner> | undefined;
  const scanner = () => (built ??= ready.then((s) => scannerInSlices(s.config, s.stopped.onRuleTimeout)));
  const script = defaultWorkerScript();
  let pool: Promise<ScanPool> | undefined;
  const workers = (): HistoryBatchScanner => {
    const settings = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, hash: false };
    pool = ready.then((s) => new ScanPool(threads, script, { config: s.config, settings }));
    return {
      scanBatch: async (batch) => {
        const result = await (await pool!).scanHistory(batch);
        for (const t of result.ruleTimeouts ?? []) context!.stopped.onRuleTimeout(t);
        return result;
      },
    };
  };
  const started = performance.now();

  // The same paths come back in commit after commit.
  const scanned = new Map<string, boolean>();
  const tty = process.stderr.isTTY === true;
  let lastProgress = 0;
  const walk = collectFirstHits({
    // Paths in the log are the repository's whatever directory git runs in (diff.relative is turned off).
    cwd: context?.root ?? target,
    scanner,
    offload: threads > 1 && existsSync(script) ? { afterMs: 0, start: workers } : undefined,
    pendingBatches: threads > 1 ? threads * 4 : 32,
    include: [],
    // git itself resolves the tips (no call to list them first): HEAD and the remote branches, or HEAD since a revision.
    revisions: values.since === undefined ? TIP_REVISIONS : HEAD_REVISION,
    exclude: context?.exclude ?? [],
    // The log is parsed once the setup is read: the scanned paths depend on the config.
    parseAfter: ready,
    scanPath: (path) => {
      let wanted = scanned.get(path);
      if (wanted === undefined) {
        const { root, configDir, excluded } = context!;
        const rel = relative(configDir, resolve(root, path)).split(sep).join('/');
        wanted = rel.startsWith('../') || rel === '' || !excluded.ignores(rel);
        if (scanned.size >= 4096) scanned.clear();
        scanned.set(path, wanted);
      }
      return wanted;
    },
    onProgress: tty
      ? (commits, bytes) => {
          const now = Date.now();
          if (now - lastProgress < 100) return;
          lastProgress = now;
          process.stderr.write(`\r\x1b[2KScanning history… ${commits} commits, ${(bytes / 1048576).toFixed(1)} MB`);
        }
      : undefined,
  }).finally(() =>
    pool?.then(
      (p) => p.close(),
      () => undefined,
    ),
  );
  const { hits, stats } = await walk;
  const { repo, root, stopped } = await ready;
  const git = { cwd: root };
  if (tty) process.stderr.write('\r\x1b[2K');

  const ordered = [...hits.values()].sort((a, b) => a.commit.date - b.commit.date || a.path.localeCompare(b.path) || a.line - b.line);
  const pushed = await remoteBranchesContaining(
    ordered.map((h) => h.commit.sha),
    git,
  );
  const report: HistoryReport = {
    findings: ordered.map((h) => toHistoryFinding(h, pushed.get(h.commit.sha) ?? null)),
    stats: { commits: stats.commits, bytes: stats.bytes, durationMs: Math.round(performance.now() - started), ...(repo.shallowCommits ? { shallow: true } : {}) },
  };
  // A shallow clone's first commits carry everything older: such findings are marked, the report says why.
  for (const f of report.findings) if (repo.shallowCommits?.has(f.commit.sha)) f.commit.shallowBoundary = true;
  const out =
    format === 'json'
      ? formatHistoryJson(report)
      : format === 'sarif'
        ? JSON.stringify(historySarif(report, (await scanner()).rules, version), null, 2) + '\n'
        : formatHistoryText(report, values.output === undefined && process.stdout.isTTY === true);
  if (values.output) writeFileSync(values.output, out);
  else process.stdout.write(out);
  return reportRuleTimeouts(stopped.timeouts, exitCodeFor(report.findings));
}

interface HistorySetup {
  repo: NonNullable<Awaited<ReturnType<typeof findHistoryRepo>>>;
  root: string;
  /** `--since`'s commit, excluded from the walk. */
  exclude: string[];
  config: HushConfig;
  configDir: string;
  excluded: Ignore;
  stopped: ReturnType<typeof timeoutCollector>;
}

/** The repository, `--since`'s commit and the config, checked in that order (each failure is the command's error). */
async function historySetup(target: string, shown: string, sinceRev: string | undefined, configOption: string | undefined): Promise<HistorySetup> {
  // git finds the same repository from the target as from its top: the --since revision is asked at once.
  const [repo, since] = await Promise.all([
    findHistoryRepo(target),
    sinceRev === undefined ? undefined : runGit(['rev-parse', '-q', '--verify', `${sinceRev}^{commit}`], { cwd: target }).catch(() => undefined),
  ]);
  if (!repo) throw new Error(`not a git repository (or git is not installed): ${shown}`);
  if (sinceRev !== undefined && since?.code !== 0) throw new UsageError(`--since: unknown revision "${sinceRev}"`);
  const configPath = configOption ?? findConfigFile(target);
  const { config } = loadConfig(configPath);
  return {
    repo,
    root: repo.root,
    exclude: since ? [since.stdout.trim()] : [],
    config,
    configDir: configPath ? dirname(resolve(configPath)) : repo.root,
    excluded: ignore().add(config.exclude),
    stopped: timeoutCollector(configPath, (path) => path ?? ''),
  };
}

function toHistoryFinding(hit: HistoryHit, pushedTo: string | null): HistoryFinding {
  const { sha, date, author, subject } = hit.commit;
  return { ...reportedFinding(hit.path, hit.finding, hit), commit: { sha, date: new Date(date * 1000).toISOString(), author, subject }, pushedTo };
}
