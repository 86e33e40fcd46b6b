// Scans trees of files: walk (gitignore semantics) → read (binary/size skipping) → engine, on worker
// threads when there is much to scan and on the calling thread when workers would cost more than they
// save. Async, with throttled progress, cancellation by AbortSignal, results streamed per file and an
// optional content-hash cache. Memory stays flat: files are pulled from the walk as workers free up,
// a bounded number of batches is in flight, and no file's text outlives its scan.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, type HushConfig } from '../engine/config';
import type { ScanCache } from './cache';
import { defaultWorkerScript, ScanPool } from './pool';
import { DEFAULT_MAX_FILE_BYTES } from './readFile';
import { CUSTOM_RULE_BUDGET_MS } from './regexGuard';
// The engine (./scanFile) is loaded only where files are scanned on this thread: with workers, building its
// ~1,200 rules here as well cost the main thread ~85 ms of CPU for nothing.
import type { FileScanSettings, FileTask } from './scanFile';
import type { FileResult, ScanProgress, ScanStats } from './types';
import { walkFiles, type WalkScope } from './walk';

export interface WorkspaceScanOptions {
  config: HushConfig;
  /** The file `config` came from, if any: met again in the walk, it is not a nested config. */
  configFile?: string;
  /**
   * Reads a nested config file met in the walk (may throw to stop the scan). Given, each file is scanned
   * with the nearest config at or above it (nearest wins, no merging; a folder holding `.git` and no
   * config gets the defaults, as the editor's upward search stops there). Absent: `config` for everything.
   */
  nestedConfig?(file: string): HushConfig;
  /** gitignore-style patterns relative to each root that apply whatever the config (editor settings). */
  extraExclude?: readonly string[];
  /** Directory that the config's exclude patterns (and, without `displayBase`, display paths) are relative to (default: each root's own directory). */
  base?: string;
  /** Directory display paths are relative to, when not `base` (the CLI: the working directory). */
  displayBase?: string;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  maxFileBytes?: number;
  /** Worker threads: 0 or undefined = one per core; 1 = scan on the calling thread. */
  threads?: number;
  /** The built worker entry (dist/scanWorker.js); default: next to the running bundle. */
  workerScript?: string;
  signal?: AbortSignal;
  cache?: ScanCache;
  /** Called at most every `progressIntervalMs` (default 100) and once at the end. */
  onProgress?(progress: ScanProgress): void;
  progressIntervalMs?: number;
  /** Each file's result (findings, or why it was skipped) as soon as it is done. */
  onFile?(result: FileResult): void;
}

export interface WorkspaceScanSummary {
  stats: ScanStats;
  findingCount: number;
  cancelled: boolean;
  /** Files whose findings came from the cache. */
  cachedFiles: number;
  threads: number;
}

/** Below this many files the walk is over before workers would have started. */
export const SMALL_TREE_FILES = 200;
const BATCH_FILES = 24;

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The scan's configs by id: 0 is the scan's own, the others nested ones in the order the walk met them. */
class ConfigTable {
  readonly byId: HushConfig[];
  private readonly idByFile = new Map<string, number>();
  private defaultsId: number | undefined;

  constructor(private readonly options: WorkspaceScanOptions) {
    this.byId = [options.config];
  }

  /** The file a config id came from (undefined: the scan's own config given without a file, or the defaults). */
  fileOf(id: number): string | undefined {
    if (id === 0) return this.options.configFile;
    for (const [file, i] of this.idByFile) if (i === id) return file;
    return undefined;
  }

  scopeAt(root: string, dir: string, names: { config: string | undefined; git: boolean }): WalkScope | undefined {
    if (names.config === undefined) {
      // A nested repository without a config: the editor's search stops at its .git, so defaults apply.
      if (dir === root) return undefined;
      this.defaultsId ??= this.byId.push(DEFAULT_CONFIG) - 1;
      return { id: this.defaultsId, exclude: DEFAULT_CONFIG.exclude };
    }
    const file = join(dir, names.config);
    if (this.options.configFile !== undefined && resolve(this.options.configFile) === file) return undefined;
    let id = this.idByFile.get(file);
    if (id === undefined) {
      id = this.byId.push(this.options.nestedConfig!(file)) - 1;
      this.idByFile.set(file, id);
    }
    return { id, exclude: this.byId[id]!.exclude };
  }
}

async function* tasksOf(roots: readonly string[], options: WorkspaceScanOptions, table: ConfigTable, unreadable: (file: string, detail: string) => void): AsyncGenerator<FileTask> {
  const nested = options.nestedConfig !== undefined;
  for (const r of roots) {
    const root = resolve(r);
    const isFile = statSync(root).isFile();
    const shownFrom = options.displayBase ?? options.base;
    const base = shownFrom !== undefined ? resolve(shownFrom) : isFile ? dirname(root) : root;
    const exclude = isFile ? [] : options.config.exclude;
    const excludeBase = options.base !== undefined ? resolve(options.base) : undefined;
    const walk = walkFiles(root, {
      exclude,
      excludeBase,
      extraExclude: options.extraExclude,
      gitignore: options.gitignore,
      signal: options.signal,
      onUnreadable: (absolute, detail) => unreadable(toPosix(relative(base, absolute)) || '.', detail),
      ...(nested && !isFile ? { scopeFiles: CONFIG_FILE_NAMES, scopeAt: (dir: string, names: { config: string | undefined; git: boolean }) => table.scopeAt(root, dir, names) } : {}),
    });
    for await (const f of walk) {
      const file = toPosix(relative(base, f.absolute)) || f.relative;
      const task: FileTask = { absolute: f.absolute, file, knownHash: options.cache?.get(f.absolute)?.hash };
      if (f.scope) {
        task.configId = f.scope.id;
        task.configPath = toPosix(relative(f.scope.dir, f.absolute));
      }
      yield task;
    }
  }
}

export async function scanWorkspace(roots: readonly string[], options: WorkspaceScanOptions): Promise<WorkspaceScanSummary> {
  const started = performance.now();
  const settings: FileScanSettings = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, hash: options.cache !== undefined };
  const stats: ScanStats = { files: 0, bytes: 0, skipped: [], durationMs: 0 };
  const progress: ScanProgress = { filesDone: 0, filesTotal: 0, walkComplete: false, bytes: 0, currentFolder: '' };
  const signal = options.signal;
  const interval = options.progressIntervalMs ?? 100;
  let lastProgress = 0;
  let findingCount = 0;
  let cachedFiles = 0;

  const report = (force: boolean) => {
    if (!options.onProgress) return;
    const now = performance.now();
    if (!force && now - lastProgress < interval) return;
    lastProgress = now;
    options.onProgress({ ...progress });
  };

  const handle = (result: FileResult) => {
    if (signal?.aborted) return;
    progress.filesDone++;
    for (const t of result.ruleTimeouts ?? []) {
      const file = table.fileOf(t.configId);
      const shownFrom = options.displayBase ?? options.base;
      const config = file === undefined ? undefined : toPosix(relative(shownFrom !== undefined ? resolve(shownFrom) : process.cwd(), resolve(file))) || file;
      const field = `rules[${t.index}].pattern`;
      stats.ruleTimeouts ??= [];
      if (!stats.ruleTimeouts.some((x) => x.config === config && x.field === field)) stats.ruleTimeouts.push({ config, field, ruleId: t.ruleId, file: result.file, budgetMs: CUSTOM_RULE_BUDGET_MS });
    }
    if (result.skipped) {
      stats.skipped.push({ file: result.file, reason: result.skipped, ...(result.detail ? { detail: result.detail } : {}) });
      options.cache?.delete(result.absolute);
    } else {
      stats.files++;
      stats.bytes += result.bytes;
      progress.bytes = stats.bytes;
      if (result.cached) {
        const entry = options.cache?.get(result.absolute);
        result = { ...result, findings: entry?.findings ?? [] };
        cachedFiles++;
      } else if (result.hash !== undefined) {
        options.cache?.set(result.absolute, { hash: result.hash, findings: result.findings });
      }
      findingCount += result.findings.length;
    }
    options.onFile?.(result);
    report(false);
  };

  const table = new ConfigTable(options);
  const configOf = (id: number) => table.byId[id];
  // What the walk could not read (a folder it cannot list, an ignore file that is a FIFO) is listed as skipped.
  const tasks = tasksOf(roots, options, table, (file, detail) => void (signal?.aborted || stats.skipped.push({ file, reason: 'unreadable', detail })));
  const pull = async (): Promise<FileTask | undefined> => {
    if (signal?.aborted) return undefined;
    const next = await tasks.next();
    if (next.done) {
      progress.walkComplete = true;
      return undefined;
    }
    progress.filesTotal++;
    const slash = next.value.file.lastIndexOf('/');
    progress.currentFolder = slash < 0 ? '.' : next.value.file.slice(0, slash);
    return next.value;
  };

  // Look ahead a little: a small tree is scanned here, without paying for worker start-up.
  const lookahead: FileTask[] = [];
  let exhausted = false;
  for (;;) {
    const t = await pull();
    if (!t) {
      exhausted = true;
      break;
    }
    lookahead.push(t);
    if (lookahead.length >= SMALL_TREE_FILES) break;
  }

  const script = options.workerScript ?? defaultWorkerScript();
  const wanted = options.threads && options.threads > 0 ? options.threads : availableParallelism();
  const threads = exhausted || wanted <= 1 || !existsSync(script) ? 1 : wanted;

  if (threads === 1) {
    const { safeScanFile, ScannerSet } = require('./scanFile') as typeof import('./scanFile');
    const scanners = new ScannerSet(configOf);
    let sliceStart = performance.now();
    const next = async () => lookahead.shift() ?? (exhausted ? undefined : await pull());
    // The next file is asked for before this one is scanned: a directory listing the walk waits for is then read
    // while the scan runs, not while the thread idles (one file ahead; results are handled in walk order).
    for (let t = await next(); t && !signal?.aborted;) {
      const ahead = next();
      handle(safeScanFile(scanners, t, settings));
      t = await ahead;
      // Let progress, cancellation and other work (an editor's requests) through now and then.
      if (performance.now() - sliceStart > 50) {
        await new Promise((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
  } else {
    const pool = new ScanPool(threads, script, { config: options.config, settings });
    const onAbort = () => void pool.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const inflight = new Set<Promise<void>>();
      const maxInflight = threads * 2;
      const nextBatch = async (): Promise<FileTask[]> => {
        const batch = lookahead.splice(0, BATCH_FILES);
        while (batch.length < BATCH_FILES && !exhausted) {
          const t = await pull();
          if (!t) exhausted = true;
          else batch.push(t);
        }
        return batch;
      };
      for (;;) {
        while (inflight.size < maxInflight && !signal?.aborted) {
          const batch = await nextBatch();
          if (batch.length === 0) break;
          const p: Promise<void> = pool.run(batch, configOf).then((results) => {
            inflight.delete(p);
            for (const r of results) handle(r);
          });
          inflight.add(p);
        }
        if (inflight.size === 0) break;
        await Promise.race(inflight);
      }
      if (pool.error && !signal?.aborted) throw pool.error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await pool.close();
    }
  }

  if (signal?.aborted) await tasks.return(undefined);
  else progress.walkComplete = true;
  stats.durationMs = Math.round(performance.now() - started);
  report(true);
  return { stats, findingCount, cancelled: signal?.aborted === true, cachedFiles, threads };
}
